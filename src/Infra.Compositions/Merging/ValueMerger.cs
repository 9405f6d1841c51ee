using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Values;

namespace Infra.Compositions.Merging;

/// <summary>
/// Writes a value at a path under a <see cref="ToFieldPathPolicy"/>, with the semantics of crossplane-runtime's
/// <c>MergeValue</c> on top of mergo v1.0.2 (SPEC §3.7).
/// </summary>
internal static class ValueMerger
{
    public static ToFieldPathPolicy? ParsePolicy(string? name) => name switch
    {
        null or "" or "Replace" => ToFieldPathPolicy.Replace,
        "MergeObjects" or "MergeObject" => ToFieldPathPolicy.MergeObjects,
        "MergeObjectsAppendArrays" => ToFieldPathPolicy.MergeObjectsAppendArrays,
        "ForceMergeObjects" => ToFieldPathPolicy.ForceMergeObjects,
        "ForceMergeObjectsAppendArrays" or "AppendArray" => ToFieldPathPolicy.ForceMergeObjectsAppendArrays,
        _ => null,
    };

    public static FieldError? MergeAt(JsonObject root, IReadOnlyList<Segment> path, JsonNode? value, ToFieldPathPolicy policy)
    {
        if (policy == ToFieldPathPolicy.Replace) return Paved.Set(root, path, value);
        var dst = Paved.Get(root, path, out var readError);
        if (readError is { NotFound: false }) return readError;
        if (readError is not null || dst is null || value is null) return Paved.Set(root, path, value);

        var overwrite = policy is ToFieldPathPolicy.ForceMergeObjects or ToFieldPathPolicy.ForceMergeObjectsAppendArrays;
        var append = policy is ToFieldPathPolicy.MergeObjectsAppendArrays or ToFieldPathPolicy.ForceMergeObjectsAppendArrays;
        var src = value.DeepClone();
        if (append && dst is JsonArray dstArray && src is JsonArray srcArray)
        {
            var unique = srcArray.Where(s => !dstArray.Any(d => GoValue.DeepEqualTyped(d, s))).Select(s => s?.DeepClone()).ToArray();
            src = new JsonArray(unique);
        }
        var wrappedDst = new JsonObject { ["value"] = dst.DeepClone() };
        var wrappedSrc = new JsonObject { ["value"] = src };
        var mergeError = MergeMaps(wrappedDst, wrappedSrc, overwrite, append);
        if (mergeError is not null) return new FieldError("failed to merge values: " + mergeError);
        return Paved.Set(root, path, wrappedDst["value"]);
    }

    private static string? MergeMaps(JsonObject dst, JsonObject src, bool overwrite, bool append)
    {
        foreach (var (key, s) in src.ToList())
        {
            var hasDst = dst.TryGetPropertyValue(key, out var d);
            switch (s)
            {
                case null:
                    if (overwrite) dst[key] = null;
                    break;
                case JsonObject srcMap:
                    if (hasDst && d is JsonObject dstMap)
                    {
                        var error = MergeMaps(dstMap, srcMap, overwrite, append);
                        if (error is not null) return error;
                        if (!GoValue.IsEmpty(d)) break;
                    }
                    if (overwrite || !hasDst || GoValue.IsEmpty(d)) dst[key] = srcMap.DeepClone();
                    break;
                case JsonArray srcArray:
                    if (append)
                    {
                        if (hasDst && d is not null && d is not JsonArray)
                            return $"cannot append two slices with different type ({GoValue.TypeName(srcArray)}, {GoValue.TypeName(d)})";
                        var combined = new JsonArray();
                        if (d is JsonArray dstArray)
                            foreach (var item in dstArray) combined.Add(item?.DeepClone());
                        foreach (var item in srcArray) combined.Add(item?.DeepClone());
                        dst[key] = combined;
                    }
                    else if (overwrite || !hasDst || GoValue.IsEmpty(d))
                    {
                        dst[key] = srcArray.DeepClone();
                    }
                    break;
                default:
                    if (overwrite || !hasDst || GoValue.IsEmpty(d)) dst[key] = s.DeepClone();
                    break;
            }
        }
        return null;
    }
}
