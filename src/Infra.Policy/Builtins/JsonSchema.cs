using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>
/// <c>json.verify_schema</c> and <c>json.match_schema</c>: a JSON Schema (draft 4–7 core keywords) validator that
/// reports errors the way gojsonschema does (<c>field</c>, <c>type</c>, <c>desc</c>, <c>error</c>).
/// </summary>
internal static class JsonSchema
{
    private static readonly string[] PrimitiveTypes = ["array", "boolean", "integer", "number", "null", "object", "string"];

    private sealed record SchemaError(string Field, string Type, string Desc);

    public static void Register(BuiltinTable t)
    {
        t.Add("json.verify_schema", 1, a =>
        {
            var schema = SchemaArg(a, 0);
            var problem = Check(schema);
            return new ArrayValue([BoolValue.Of(problem is null), problem is null ? NullValue.Instance : new StringValue("jsonschema: " + problem)]);
        });
        t.Add("json.match_schema", 2, a =>
        {
            var doc = a[0] is StringValue ds ? JsonConvert.TryParse(ds.Value) ?? throw BuiltinException.Error("document is not valid JSON") : a[0];
            var schema = SchemaArg(a, 1);
            if (Check(schema) is { } problem) throw BuiltinException.Error(problem);
            var errors = new List<SchemaError>();
            Validate(doc, schema, schema, "(root)", errors);
            var list = errors.Select(e => (Value)new ObjectValue(new Dictionary<Value, Value>
            {
                [new StringValue("field")] = new StringValue(e.Field),
                [new StringValue("type")] = new StringValue(e.Type),
                [new StringValue("desc")] = new StringValue(e.Desc),
                [new StringValue("error")] = new StringValue($"{e.Field}: {e.Desc}"),
            })).ToArray();
            return new ArrayValue([BoolValue.Of(list.Length == 0), new ArrayValue(list)]);
        });
    }

    private static Value SchemaArg(Value[] a, int i) => a[i] switch
    {
        StringValue s => JsonConvert.TryParse(s.Value) ?? throw BuiltinException.Error("schema is not valid JSON"),
        ObjectValue or BoolValue => a[i],
        _ => throw Args.OneOf(i, a[i], "string", "object", "boolean"),
    };

    /// <summary>Returns a description of the first structural problem in the schema, or null.</summary>
    private static string? Check(Value schema)
    {
        if (schema is not ObjectValue o) return null;
        if (o.Get("type") is { } type)
        {
            var names = type is ArrayValue arr ? arr.Items : [type];
            foreach (var n in names)
            {
                if (n is not StringValue s || !PrimitiveTypes.Contains(s.Value))
                    return $"has a primitive type that is NOT VALID -- given: /{(n is StringValue sv ? sv.Value : n.ToString())}/ Expected valid values are:[{string.Join(' ', PrimitiveTypes)}]";
            }
        }
        foreach (var key in new[] { "properties", "definitions", "patternProperties", "$defs" })
        {
            if (o.Get(key) is ObjectValue props)
            {
                foreach (var kv in props.Entries)
                {
                    if (Check(kv.Value) is { } p) return p;
                }
            }
        }
        foreach (var key in new[] { "items", "additionalProperties", "not", "additionalItems" })
        {
            if (o.Get(key) is { } sub && Check(sub) is { } p) return p;
        }
        foreach (var key in new[] { "allOf", "anyOf", "oneOf", "items" })
        {
            if (o.Get(key) is ArrayValue subs)
            {
                foreach (var s in subs.Items)
                {
                    if (Check(s) is { } p) return p;
                }
            }
        }
        return null;
    }

    private static string TypeOf(Value v) => v switch
    {
        NullValue => "null",
        BoolValue => "boolean",
        NumberValue n => n.IsInteger || (n.TryGetBigInteger(out _)) ? "integer" : "number",
        StringValue => "string",
        ArrayValue or SetValue => "array",
        _ => "object",
    };

    private static string Child(string field, string key) => field == "(root)" ? key : $"{field}.{key}";

    private static void Validate(Value v, Value schema, Value root, string field, List<SchemaError> errors)
    {
        if (schema is BoolValue b)
        {
            if (!b.Value) errors.Add(new SchemaError(field, "false", "False always fails validation"));
            return;
        }
        if (schema is not ObjectValue s) return;
        if (s.Get("$ref") is StringValue r && r.Value.StartsWith("#", StringComparison.Ordinal))
        {
            Value? target = root;
            foreach (var part in r.Value.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
                target = target is ObjectValue to ? to.Get(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)) : null;
            if (target is not null) Validate(v, target, root, field, errors);
            return;
        }
        var actual = TypeOf(v);
        if (s.Get("type") is { } type)
        {
            var allowed = (type is ArrayValue ta ? ta.Items : [type]).OfType<StringValue>().Select(x => x.Value).ToList();
            var ok = allowed.Contains(actual) || (actual == "integer" && allowed.Contains("number"));
            if (!ok)
            {
                errors.Add(new SchemaError(field, "invalid_type", $"Invalid type. Expected: {string.Join(", ", allowed)}, given: {actual}"));
                return;
            }
        }
        if (s.Get("enum") is ArrayValue en && !en.Items.Contains(v))
            errors.Add(new SchemaError(field, "enum", $"{field} must be one of the following: {string.Join(", ", en.Items.Select(x => ValueFormatter.ToJson(x, false)))}"));
        if (s.Get("const") is { } cv && !cv.Equals(v))
            errors.Add(new SchemaError(field, "const", $"{field} does not match: {ValueFormatter.ToJson(cv, false)}"));
        switch (v)
        {
            case ObjectValue o:
                if (s.Get("required") is ArrayValue req)
                {
                    foreach (var rk in req.Items.OfType<StringValue>())
                    {
                        if (o.Get(rk) is null) errors.Add(new SchemaError(field, "required", $"{rk.Value} is required"));
                    }
                }
                var props = s.Get("properties") as ObjectValue;
                foreach (var kv in o.Entries)
                {
                    var key = kv.Key is StringValue ks ? ks.Value : kv.Key.ToString();
                    if (props?.Get(kv.Key) is { } ps) Validate(kv.Value, ps, root, Child(field, key), errors);
                    else if (s.Get("additionalProperties") is BoolValue { Value: false })
                        errors.Add(new SchemaError(field, "additional_property_not_allowed", $"Additional property {key} is not allowed"));
                    else if (s.Get("additionalProperties") is ObjectValue aps) Validate(kv.Value, aps, root, Child(field, key), errors);
                }
                break;
            case ArrayValue arr:
                if (s.Get("items") is ObjectValue items)
                    for (var i = 0; i < arr.Count; i++) Validate(arr.Items[i], items, root, Child(field, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), errors);
                if (s.Get("minItems") is NumberValue minI && arr.Count < minI.AsDouble)
                    errors.Add(new SchemaError(field, "array_min_items", $"Array must have at least {minI.ToJsonText()} items"));
                if (s.Get("maxItems") is NumberValue maxI && arr.Count > maxI.AsDouble)
                    errors.Add(new SchemaError(field, "array_max_items", $"Array must have at most {maxI.ToJsonText()} items"));
                if (s.Get("uniqueItems") is BoolValue { Value: true } && arr.Items.Distinct().Count() != arr.Count)
                    errors.Add(new SchemaError(field, "unique", "array items must be unique"));
                break;
            case StringValue str:
                var len = Strings.RuneCount(str.Value);
                if (s.Get("minLength") is NumberValue minL && len < minL.AsDouble)
                    errors.Add(new SchemaError(field, "string_gte", $"String length must be greater than or equal to {minL.ToJsonText()}"));
                if (s.Get("maxLength") is NumberValue maxL && len > maxL.AsDouble)
                    errors.Add(new SchemaError(field, "string_lte", $"String length must be less than or equal to {maxL.ToJsonText()}"));
                if (s.Get("pattern") is StringValue pat && !Regex.IsMatch(str.Value, pat.Value, RegexOptions.None, TimeSpan.FromSeconds(2)))
                    errors.Add(new SchemaError(field, "pattern", $"Does not match pattern '{pat.Value}'"));
                break;
            case NumberValue num:
                if (s.Get("minimum") is NumberValue min && num.CompareTo(min) < 0)
                    errors.Add(new SchemaError(field, "number_gte", $"Must be greater than or equal to {min.ToJsonText()}"));
                if (s.Get("maximum") is NumberValue max && num.CompareTo(max) > 0)
                    errors.Add(new SchemaError(field, "number_lte", $"Must be less than or equal to {max.ToJsonText()}"));
                break;
        }
        if (s.Get("allOf") is ArrayValue all)
        {
            foreach (var sub in all.Items) Validate(v, sub, root, field, errors);
        }
        if (s.Get("anyOf") is ArrayValue any && !any.Items.Any(sub => Matches(v, sub, root)))
            errors.Add(new SchemaError(field, "number_any_of", "Must validate at least one schema (anyOf)"));
        if (s.Get("oneOf") is ArrayValue one && one.Items.Count(sub => Matches(v, sub, root)) != 1)
            errors.Add(new SchemaError(field, "number_one_of", "Must validate one and only one schema (oneOf)"));
        if (s.Get("not") is { } not && Matches(v, not, root))
            errors.Add(new SchemaError(field, "number_not", "Must not validate the schema (not)"));
    }

    private static bool Matches(Value v, Value schema, Value root)
    {
        var errs = new List<SchemaError>();
        Validate(v, schema, root, "(root)", errs);
        return errs.Count == 0;
    }
}
