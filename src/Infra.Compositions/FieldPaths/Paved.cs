using System.Globalization;
using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.FieldPaths;

/// <summary>Reads, writes and expands field paths on an object tree (crossplane-runtime's <c>Paved</c>).</summary>
internal static class Paved
{
    private const int MaxIndex = 1024;

    /// <summary>Reads the value at <paramref name="path"/>; a present null leaf is returned as null.</summary>
    public static JsonNode? Get(JsonNode? root, string path, out FieldError? error)
    {
        var segments = FieldPath.Parse(path, out error);
        return segments is null ? null : Get(root, segments, out error);
    }

    public static JsonNode? Get(JsonNode? root, IReadOnlyList<Segment> segments, out FieldError? error)
    {
        error = null;
        var current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsIndex)
            {
                if (current is not JsonArray array)
                {
                    error = new FieldError($"{FieldPath.Format(segments.Take(i))}: not an array");
                    return null;
                }
                if (segment.Index >= array.Count)
                {
                    error = new FieldError($"{FieldPath.Format(segments.Take(i + 1))}: no such element", NotFound: true);
                    return null;
                }
                current = array[segment.Index];
                continue;
            }
            switch (current)
            {
                case JsonObject obj:
                    if (!obj.TryGetPropertyValue(segment.Field!, out current))
                    {
                        error = new FieldError($"{FieldPath.Format(segments.Take(i + 1))}: no such field", NotFound: true);
                        return null;
                    }
                    break;
                case null:
                    error = new FieldError($"{FieldPath.Format(segments.Take(i))}: expected map, got nil", NotFound: true);
                    return null;
                default:
                    error = new FieldError($"{FieldPath.Format(segments.Take(i))}: not an object");
                    return null;
            }
        }
        return current;
    }

    /// <summary>Writes <paramref name="value"/> (JSON-normalised) at <paramref name="path"/>, creating intermediates.</summary>
    public static FieldError? Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = FieldPath.Parse(path, out var error);
        return segments is null ? error : Set(root, segments, value);
    }

    public static FieldError? Set(JsonObject root, IReadOnlyList<Segment> segments, JsonNode? value)
    {
        if (segments.Count == 0) return null;
        var normalized = GoValue.Normalize(value, out var encodeError);
        if (encodeError is not null) return new FieldError(encodeError);
        if (segments[0].IsIndex) return new FieldError(" is not an array");
        JsonNode container = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            JsonNode? next = null;
            if (!last) next = segments[i + 1].IsIndex ? new JsonArray() : new JsonObject();
            if (segment.IsIndex)
            {
                if (container is not JsonArray array) return new FieldError($"{FieldPath.Format(segments.Take(i))} is not an array");
                if (segment.Index > MaxIndex)
                    return new FieldError($"index {segment.Index.ToString(CultureInfo.InvariantCulture)} is greater than max allowed index {MaxIndex}");
                while (array.Count <= segment.Index) array.Add(null);
                if (last)
                {
                    array[segment.Index] = normalized;
                    return null;
                }
                var existing = array[segment.Index];
                if (existing is null)
                {
                    array[segment.Index] = next;
                    existing = next;
                }
                container = existing!;
            }
            else
            {
                if (container is not JsonObject obj) return new FieldError($"{FieldPath.Format(segments.Take(i))} is not an object");
                if (last)
                {
                    obj[segment.Field!] = normalized;
                    return null;
                }
                if (!obj.TryGetPropertyValue(segment.Field!, out var existing) || existing is null)
                {
                    obj[segment.Field!] = next;
                    existing = next;
                }
                container = existing!;
            }
        }
        return null;
    }

    /// <summary>
    /// Expands every <c>[*]</c> in <paramref name="path"/> against the current tree, returning only paths
    /// whose segments all exist.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Segment>>? ExpandWildcards(JsonObject root, string path, out FieldError? error)
    {
        var segments = FieldPath.Parse(path, out error);
        if (segments is null) return null;
        var results = new List<IReadOnlyList<Segment>>();
        error = Expand(root, segments, 0, [], results, segments);
        return error is null ? results : null;
    }

    private static FieldError? Expand(JsonObject root, IReadOnlyList<Segment> segments, int position, List<Segment> prefix,
        List<IReadOnlyList<Segment>> results, IReadOnlyList<Segment> original)
    {
        for (var i = position; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsIndex || segment.Field != "*")
            {
                prefix.Add(segment);
                continue;
            }
            var value = Get(root, prefix, out var error);
            if (error is not null) return error.NotFound ? null : error;
            switch (value)
            {
                case JsonArray array:
                    for (var k = 0; k < array.Count; k++)
                    {
                        var err = Expand(root, segments, i + 1, [.. prefix, Segment.OfIndex(k)], results, original);
                        if (err is not null) return err;
                    }
                    return null;
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        var err = Expand(root, segments, i + 1, [.. prefix, Segment.OfField(key)], results, original);
                        if (err is not null) return err;
                    }
                    return null;
                case null:
                    return new FieldError(
                        $"cannot expand wildcards for segments: \"{FieldPath.Format(original)}\": wildcard field \"{FieldPath.Format(prefix)}\" is not found in the path",
                        NotFound: true);
                default:
                    return new FieldError($"cannot expand wildcards for segments: \"{FieldPath.Format(original)}\": \"{FieldPath.Format(prefix)}\": unexpected wildcard usage");
            }
        }
        Get(root, prefix, out var leafError);
        if (leafError is null) results.Add(prefix.ToArray());
        else if (!leafError.NotFound) return leafError;
        return null;
    }
}
