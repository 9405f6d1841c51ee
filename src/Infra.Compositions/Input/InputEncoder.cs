using System.Text.Json.Nodes;

namespace Infra.Compositions.Input;

/// <summary>Writes the typed input model back to its JSON shape (only members that are set).</summary>
internal static class InputEncoder
{
    public static JsonObject Patch(PatchSpec patch)
    {
        var o = new JsonObject();
        if (patch.RawType.Length > 0) o["type"] = patch.RawType;
        Set(o, "fromFieldPath", patch.FromFieldPath);
        Set(o, "toFieldPath", patch.ToFieldPath);
        Set(o, "patchSetName", patch.PatchSetName);
        if (patch.Combine is { } combine)
        {
            var c = new JsonObject
            {
                ["variables"] = new JsonArray(combine.Variables.Select(v => (JsonNode)new JsonObject { ["fromFieldPath"] = v }).ToArray()),
            };
            Set(c, "strategy", combine.Strategy);
            if (combine.HasString)
            {
                var s = new JsonObject();
                Set(s, "fmt", combine.Format);
                c["string"] = s;
            }
            o["combine"] = c;
        }
        if (patch.Transforms.Count > 0) o["transforms"] = new JsonArray(patch.Transforms.Select(t => (JsonNode)Transform(t)).ToArray());
        if (patch.Policy is { } policy)
        {
            var p = new JsonObject();
            Set(p, "fromFieldPath", policy.FromFieldPath);
            Set(p, "toFieldPath", policy.ToFieldPath);
            o["policy"] = p;
        }
        return o;
    }

    public static JsonObject Transform(TransformSpec transform)
    {
        var o = new JsonObject { ["type"] = transform.Type };
        if (transform.Math is { } math)
        {
            var m = new JsonObject();
            Set(m, "type", math.Type);
            if (math.Multiply is { } multiply) m["multiply"] = multiply;
            if (math.ClampMin is { } min) m["clampMin"] = min;
            if (math.ClampMax is { } max) m["clampMax"] = max;
            o["math"] = m;
        }
        if (transform.Map is { } map)
        {
            var m = new JsonObject();
            foreach (var (k, v) in map.Pairs) m[k] = v?.DeepClone();
            o["map"] = m;
        }
        if (transform.Match is { } match)
        {
            var patterns = match.Patterns.Select(p =>
            {
                var po = new JsonObject();
                if (p.Type.Length > 0) po["type"] = p.Type;
                Set(po, "literal", p.Literal);
                Set(po, "regexp", p.Regexp);
                if (p.Result is not null) po["result"] = p.Result.DeepClone();
                return (JsonNode)po;
            });
            var m = new JsonObject { ["patterns"] = new JsonArray(patterns.ToArray()) };
            Set(m, "fallbackTo", match.FallbackTo);
            if (match.FallbackValue is not null) m["fallbackValue"] = match.FallbackValue.DeepClone();
            o["match"] = m;
        }
        if (transform.String is { } str)
        {
            var s = new JsonObject();
            Set(s, "type", str.Type);
            Set(s, "fmt", str.Format);
            Set(s, "convert", str.Convert);
            Set(s, "trim", str.Trim);
            if (str.Regexp is { } regexp)
            {
                var r = new JsonObject { ["match"] = regexp.Match };
                if (regexp.Group is { } group) r["group"] = group;
                s["regexp"] = r;
            }
            if (str.HasJoin) s["join"] = new JsonObject { ["separator"] = str.JoinSeparator ?? "" };
            if (str.Replace is { } replace) s["replace"] = new JsonObject { ["search"] = replace.Search, ["replace"] = replace.Replace };
            o["string"] = s;
        }
        if (transform.Convert is { } convert)
        {
            var c = new JsonObject();
            Set(c, "toType", convert.ToType);
            Set(c, "format", convert.Format);
            o["convert"] = c;
        }
        return o;
    }

    private static void Set(JsonObject o, string key, string? value)
    {
        if (value is not null) o[key] = value;
    }
}
