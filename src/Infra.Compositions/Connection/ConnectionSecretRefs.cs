using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Patches;
using Infra.Compositions.Values;

namespace Infra.Compositions.Connection;

/// <summary>Chooses where a v2 XR's connection secret is written (SPEC §9.3).</summary>
internal static class ConnectionSecretRefs
{
    /// <summary>True for legacy (v1) XRs, which have no <c>spec.crossplane</c>.</summary>
    public static bool SupportsConnectionDetails(JsonObject xr) => !(xr["spec"] is JsonObject spec && spec.ContainsKey("crossplane"));

    public static (string Name, string Namespace)? Generate(JsonObject xr, ConnectionSecretRefSpec? input, out string? error)
    {
        error = null;
        string name, ns;
        if (xr["spec"] is JsonObject spec && spec["writeConnectionSecretToRef"] is JsonObject xrRef)
        {
            name = Text(xrRef["name"]);
            ns = Text(xrRef["namespace"]);
        }
        else if (input is not null && (!string.IsNullOrEmpty(input.Name) || !string.IsNullOrEmpty(input.Namespace)))
        {
            name = input.Name ?? "";
            ns = input.Namespace ?? "";
        }
        else
        {
            var metadata = xr["metadata"] as JsonObject;
            name = Text(metadata?["name"]) + "-connection";
            ns = Text(metadata?["namespace"]);
        }
        if (input is null || input.Patches.Count == 0) return (name, ns);

        var target = new JsonObject();
        if (name.Length > 0) target["name"] = name;
        if (ns.Length > 0) target["namespace"] = ns;
        for (var i = 0; i < input.Patches.Count; i++)
        {
            var patch = input.Patches[i];
            switch (patch.Type)
            {
                case PatchTypes.FromCompositeFieldPath:
                    if (PatchApplier.ApplyFieldPath(patch, xr, target) is { } optionalError && patch.IsRequired)
                    {
                        error = "cannot apply connection secret patches: " + optionalError.Message;
                        return null;
                    }
                    break;
                case PatchTypes.CombineFromComposite:
                    if (PatchApplier.ApplyCombine(patch, xr, target) is { } combineError)
                    {
                        error = "cannot apply connection secret patches: " + combineError.Message;
                        return null;
                    }
                    break;
                default:
                    error = $"cannot apply connection secret patches: unsupported patch type {patch.Type} at index {i}";
                    return null;
            }
        }
        return (Text(target["name"]), Text(target["namespace"]));
    }

    private static string Text(JsonNode? node) => GoValue.KindOf(node) == GoKind.String ? GoValue.AsString(node!) : "";
}
