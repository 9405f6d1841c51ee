using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A CompositeResourceDefinition (<c>apiextensions.crossplane.io/v1</c>).</summary>
/// <param name="Group">The API group of the XR, e.g. <c>example.crossplane.io</c>.</param>
/// <param name="Kind">The XR kind.</param>
/// <param name="Plural">The plural resource name (the XRD is named <c>plural.group</c>).</param>
/// <param name="Versions">The served versions with their schemas.</param>
public sealed record CompositeResourceDefinition(string Group, string Kind, string Plural, IReadOnlyList<XrdVersion> Versions)
{
    /// <summary>The XRD's metadata.name: <c>plural.group</c>.</summary>
    public string Name => $"{Plural}.{Group}";

    /// <summary>The <c>apiVersion</c> of XRs at the referenceable version.</summary>
    public string CompositeApiVersion => $"{Group}/{(Versions.FirstOrDefault(v => v.Referenceable) ?? Versions[0]).Name}";

    /// <summary>Optional claim kind (v1 XRDs only).</summary>
    public string? ClaimKind { get; init; }

    /// <summary>Optional claim plural (v1 XRDs only).</summary>
    public string? ClaimPlural { get; init; }

    internal JsonObject ToJson()
    {
        var spec = new JsonObject
        {
            ["group"] = Group,
            ["names"] = new JsonObject { ["kind"] = Kind, ["plural"] = Plural },
        };
        if (ClaimKind is not null && ClaimPlural is not null) spec["claimNames"] = new JsonObject { ["kind"] = ClaimKind, ["plural"] = ClaimPlural };
        spec["versions"] = new JsonArray(Versions.Select(v => (JsonNode)new JsonObject
        {
            ["name"] = v.Name,
            ["served"] = v.Served,
            ["referenceable"] = v.Referenceable,
            ["schema"] = new JsonObject { ["openAPIV3Schema"] = v.Schema.DeepClone() },
        }).ToArray());
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.crossplane.io/v1",
            ["kind"] = "CompositeResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = Name },
            ["spec"] = spec,
        };
    }
}
