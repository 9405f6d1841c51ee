using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A patch between the XR, the environment and a composed resource.</summary>
public abstract record Patch
{
    /// <summary>Transforms applied in order to the patched value.</summary>
    public IReadOnlyList<Transform> Transforms { get; init; } = [];

    /// <summary>The patch policy, if any.</summary>
    public PatchPolicy? Policy { get; init; }

    /// <summary>The upstream <c>type</c> name of this patch.</summary>
    public abstract string Type { get; }

    internal virtual JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = Type };
        WriteFields(o);
        if (Transforms.Count > 0) o["transforms"] = new JsonArray(Transforms.Select(t => (JsonNode)t.ToJson()).ToArray());
        if (Policy is { } policy)
        {
            var p = new JsonObject();
            if (policy.FromFieldPath is { } from) p["fromFieldPath"] = from.ToString();
            if (policy.ToFieldPath is { } to) p["toFieldPath"] = to.ToString();
            o["policy"] = p;
        }
        return o;
    }

    internal abstract void WriteFields(JsonObject patch);
}
