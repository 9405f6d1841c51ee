using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Input;

/// <summary>
/// Decodes function input JSON into the typed model. Like the upstream SDK, decoding is strict: unknown
/// members and wrongly typed values are rejected with the member's path.
/// </summary>
internal static class InputDecoder
{
    /// <summary>Signals a decoding failure; caught inside this class only.</summary>
    private sealed class DecodeFailure(string message) : Exception(message);

    public static ResourcesInput? DecodeResources(JsonNode? input, out string? error) =>
        Run(() => Resources(input as JsonObject ?? new JsonObject()), out error);

    public static TransformSpec? DecodeTransform(JsonNode? node, out string? error) => Run(() => Transform(node, "transform"), out error);

    public static PatchSpec? DecodePatch(JsonNode? node, out string? error) => Run(() => Patch(node, "patch"), out error);

    public static CombineSpec? DecodeCombine(JsonNode? node, out string? error) => Run(() => Combine(node, "combine"), out error);

    public static ReadinessCheckSpec? DecodeReadinessCheck(JsonNode? node, out string? error) => Run(() => Readiness(node, "readinessCheck"), out error);

    public static ConnectionDetailSpec? DecodeConnectionDetail(JsonNode? node, out string? error) => Run(() => Connection(node, "connectionDetail"), out error);

    public static IReadOnlyList<T>? DecodeList<T>(JsonNode? node, string path, Func<JsonNode?, string, T> item, out string? error) =>
        Run(() => List(node, path, item), out error);

    public static PatchSetSpec DecodePatchSet(JsonNode? node, string path) => PatchSet(node, path);

    public static ComposedTemplate DecodeTemplate(JsonNode? node, string path) => Template(node, path);

    public static ConnectionSecretRefSpec? DecodeConnectionSecretRef(JsonNode? node, out string? error)
    {
        error = null;
        if (node is null) return null;
        var wrapped = new JsonObject { ["writeConnectionSecretToRef"] = node.DeepClone() };
        return Run(() => Resources(wrapped), out error)?.WriteConnectionSecretToRef;
    }

    public static T? Run<T>(Func<T> decode, out string? error) where T : class
    {
        try
        {
            error = null;
            return decode();
        }
        catch (DecodeFailure failure)
        {
            error = failure.Message;
            return null;
        }
    }

    private static ResourcesInput Resources(JsonObject o)
    {
        Known(o, "", "apiVersion", "kind", "metadata", "resources", "patchSets", "environment", "writeConnectionSecretToRef");
        EnvironmentSpec? environment = null;
        if (Obj(o, "environment", "") is { } env)
        {
            Known(env, "environment", "patches");
            environment = new EnvironmentSpec(List(env["patches"], "environment.patches", Patch));
        }
        ConnectionSecretRefSpec? secretRef = null;
        if (Obj(o, "writeConnectionSecretToRef", "") is { } r)
        {
            Known(r, "writeConnectionSecretToRef", "name", "namespace", "patches");
            secretRef = new ConnectionSecretRefSpec(Str(r, "name", "writeConnectionSecretToRef"), Str(r, "namespace", "writeConnectionSecretToRef"),
                List(r["patches"], "writeConnectionSecretToRef.patches", Patch));
        }
        return new ResourcesInput(List(o["resources"], "resources", Template), List(o["patchSets"], "patchSets", PatchSet), environment, secretRef);
    }

    public static ComposedTemplate Template(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "name", "base", "patches", "connectionDetails", "readinessChecks");
        return new ComposedTemplate(
            Str(o, "name", path) ?? "",
            Obj(o, "base", path),
            List(o["patches"], path + ".patches", Patch),
            List(o["connectionDetails"], path + ".connectionDetails", Connection),
            List(o["readinessChecks"], path + ".readinessChecks", Readiness));
    }

    private static PatchSetSpec PatchSet(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "name", "patches");
        return new PatchSetSpec(Str(o, "name", path) ?? "", List(o["patches"], path + ".patches", Patch));
    }

    public static PatchSpec Patch(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "type", "fromFieldPath", "toFieldPath", "combine", "transforms", "policy", "patchSetName");
        PolicySpec? policy = null;
        if (Obj(o, "policy", path) is { } p)
        {
            Known(p, path + ".policy", "fromFieldPath", "toFieldPath");
            policy = new PolicySpec(Str(p, "fromFieldPath", path + ".policy"), Str(p, "toFieldPath", path + ".policy"));
        }
        return new PatchSpec(
            Str(o, "type", path) ?? "",
            Str(o, "fromFieldPath", path),
            Str(o, "toFieldPath", path),
            o["combine"] is null ? null : Combine(o["combine"], path + ".combine"),
            List(o["transforms"], path + ".transforms", Transform),
            policy,
            Str(o, "patchSetName", path));
    }

    private static CombineSpec Combine(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "variables", "strategy", "string");
        var variables = List(o["variables"], path + ".variables", (n, p) =>
        {
            var v = AsObject(n, p);
            Known(v, p, "fromFieldPath");
            return Str(v, "fromFieldPath", p) ?? "";
        });
        var format = Obj(o, "string", path);
        if (format is not null) Known(format, path + ".string", "fmt");
        return new CombineSpec(variables, Str(o, "strategy", path), format is not null, format is null ? null : Str(format, "fmt", path + ".string"));
    }

    public static TransformSpec Transform(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "type", "math", "map", "match", "string", "convert");
        return new TransformSpec(
            Str(o, "type", path) ?? "",
            Obj(o, "math", path) is { } math ? Math(math, path + ".math") : null,
            Obj(o, "map", path) is { } map ? new MapSpec(map.ToDictionary(p => p.Key, p => p.Value?.DeepClone())) : null,
            Obj(o, "match", path) is { } match ? Match(match, path + ".match") : null,
            Obj(o, "string", path) is { } str ? String(str, path + ".string") : null,
            Obj(o, "convert", path) is { } convert ? Convert(convert, path + ".convert") : null);
    }

    private static MathSpec Math(JsonObject o, string path)
    {
        Known(o, path, "type", "multiply", "clampMin", "clampMax");
        return new MathSpec(Str(o, "type", path), Int(o, "multiply", path), Int(o, "clampMin", path), Int(o, "clampMax", path));
    }

    private static MatchSpec Match(JsonObject o, string path)
    {
        Known(o, path, "patterns", "fallbackTo", "fallbackValue");
        var patterns = List(o["patterns"], path + ".patterns", (n, p) =>
        {
            var m = AsObject(n, p);
            Known(m, p, "type", "literal", "regexp", "result");
            return new MatchPatternSpec(Str(m, "type", p) ?? "", Str(m, "literal", p), Str(m, "regexp", p), m["result"]?.DeepClone());
        });
        return new MatchSpec(patterns, Str(o, "fallbackTo", path), o["fallbackValue"]?.DeepClone());
    }

    private static StringSpec String(JsonObject o, string path)
    {
        Known(o, path, "type", "fmt", "convert", "trim", "regexp", "join", "replace");
        StringRegexpSpec? regexp = null;
        if (Obj(o, "regexp", path) is { } r)
        {
            Known(r, path + ".regexp", "match", "group");
            var group = Int(r, "group", path + ".regexp");
            regexp = new StringRegexpSpec(Str(r, "match", path + ".regexp") ?? "", group is null ? null : (int)group.Value);
        }
        var join = Obj(o, "join", path);
        if (join is not null) Known(join, path + ".join", "separator");
        StringReplaceSpec? replace = null;
        if (Obj(o, "replace", path) is { } rep)
        {
            Known(rep, path + ".replace", "search", "replace");
            replace = new StringReplaceSpec(Str(rep, "search", path + ".replace") ?? "", Str(rep, "replace", path + ".replace") ?? "");
        }
        return new StringSpec(Str(o, "type", path), Str(o, "fmt", path), Str(o, "convert", path), Str(o, "trim", path), regexp,
            join is null ? null : Str(join, "separator", path + ".join") ?? "", join is not null, replace);
    }

    private static ConvertSpec Convert(JsonObject o, string path)
    {
        Known(o, path, "toType", "format");
        return new ConvertSpec(Str(o, "toType", path), Str(o, "format", path));
    }

    public static ConnectionDetailSpec Connection(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "name", "type", "fromConnectionSecretKey", "fromFieldPath", "value");
        return new ConnectionDetailSpec(Str(o, "name", path), Str(o, "type", path), Str(o, "fromConnectionSecretKey", path), Str(o, "fromFieldPath", path), Str(o, "value", path));
    }

    public static ReadinessCheckSpec Readiness(JsonNode? node, string path)
    {
        var o = AsObject(node, path);
        Known(o, path, "type", "fieldPath", "matchString", "matchInteger", "matchCondition");
        MatchConditionSpec? condition = null;
        if (Obj(o, "matchCondition", path) is { } c)
        {
            Known(c, path + ".matchCondition", "type", "status");
            condition = new MatchConditionSpec(Str(c, "type", path + ".matchCondition") ?? "", Str(c, "status", path + ".matchCondition") ?? "");
        }
        return new ReadinessCheckSpec(Str(o, "type", path), Str(o, "fieldPath", path), Str(o, "matchString", path), Int(o, "matchInteger", path), condition);
    }

    private static IReadOnlyList<T> List<T>(JsonNode? node, string path, Func<JsonNode?, string, T> item)
    {
        if (node is null) return [];
        if (node is not JsonArray array) throw new DecodeFailure($"{path}: expected an array, got {Describe(node)}");
        return array.Select((n, i) => item(n, $"{path}[{i}]")).ToArray();
    }

    private static JsonObject AsObject(JsonNode? node, string path) =>
        node as JsonObject ?? throw new DecodeFailure($"{path}: expected an object, got {Describe(node)}");

    private static JsonObject? Known(JsonObject o, string path, params string[] keys)
    {
        foreach (var key in o.Select(p => p.Key))
        {
            if (!keys.Contains(key, StringComparer.Ordinal))
                throw new DecodeFailure($"unknown field \"{(path.Length == 0 ? key : path + "." + key)}\"");
        }
        return o;
    }

    private static string? Str(JsonObject o, string key, string path)
    {
        var node = o[key];
        if (node is null) return null;
        if (GoValue.KindOf(node) != GoKind.String) throw new DecodeFailure($"{Join(path, key)}: expected a string, got {Describe(node)}");
        return GoValue.AsString(node);
    }

    private static long? Int(JsonObject o, string key, string path)
    {
        var node = o[key];
        if (node is null) return null;
        var kind = GoValue.KindOf(node);
        if (!GoValue.IsNumber(kind)) throw new DecodeFailure($"{Join(path, key)}: expected an integer, got {Describe(node)}");
        var d = GoValue.AsDouble(node);
        if (System.Math.Floor(d) != d) throw new DecodeFailure($"{Join(path, key)}: expected an integer, got {GoFloat.FormatG(d)}");
        return GoValue.AsInt64(node);
    }

    private static JsonObject? Obj(JsonObject o, string key, string path)
    {
        var node = o[key];
        if (node is null) return null;
        return node as JsonObject ?? throw new DecodeFailure($"{Join(path, key)}: expected an object, got {Describe(node)}");
    }

    private static string Join(string path, string key) => path.Length == 0 || path == key ? key : path + "." + key;

    private static string Describe(JsonNode? node) => GoValue.KindOf(node) switch
    {
        GoKind.Map => "an object",
        GoKind.Slice => "an array",
        GoKind.Nil => "null",
        GoKind.String => "a string",
        GoKind.Bool => "a boolean",
        _ => "a number",
    };
}
