namespace Infra.Policy.Builtins.GraphQl;

/// <summary>A loaded, validated GraphQL schema (gqlparser's LoadSchema rules for the common cases) plus the prelude.</summary>
internal sealed class GqlSchema
{
    private const string Prelude = """
        scalar Int
        scalar Float
        scalar String
        scalar Boolean
        scalar ID
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        """;

    public Dictionary<string, GqlNode> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GqlNode> Directives { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Roots { get; } = new(StringComparer.Ordinal);

    private static GqlException Error(GqlNode at, string message) => new(message, at.Line, at.Column);

    public static GqlSchema Load(GqlNode doc)
    {
        var s = new GqlSchema();
        var prelude = GqlParser.ParseSchema(Prelude);
        foreach (var d in prelude.Nodes("Definitions")) { d["BuiltIn"] = true; s.Types[d.Str("Name")] = d; }
        foreach (var d in prelude.Nodes("Directives")) s.Directives[d.Str("Name")] = d;
        foreach (var d in doc.Nodes("Definitions"))
        {
            var name = d.Str("Name");
            if (s.Types.TryGetValue(name, out var existing) && !(existing.TryGetValue("BuiltIn", out var b) && b is true))
                throw Error(d, $"Cannot redeclare type {name}.");
            s.Types[name] = Copy(d);
        }
        foreach (var e in doc.Nodes("Extensions"))
        {
            var name = e.Str("Name");
            if (!s.Types.TryGetValue(name, out var def))
            {
                def = new GqlNode(e.Line, e.Column) { ["Kind"] = e.Str("Kind"), ["Name"] = name, ["Description"] = "" };
                s.Types[name] = def;
            }
            if (def.Str("Kind") != e.Str("Kind")) throw Error(e, $"Cannot extend type {name} because the base type is a {def.Str("Kind")}, not {e.Str("Kind")}.");
            foreach (var key in new[] { "Fields", "EnumValues", "Directives" })
            {
                var merged = def.Nodes(key).Concat(e.Nodes(key)).ToList();
                def[key] = merged;
            }
            foreach (var key in new[] { "Interfaces", "Types" })
                def[key] = def.Strings(key).Concat(e.Strings(key)).ToList();
            if (e.Nodes("Fields").Count == 0 && e.Nodes("EnumValues").Count == 0 && e.Nodes("Directives").Count == 0
                && e.Strings("Interfaces").Count == 0 && e.Strings("Types").Count == 0)
                throw Error(e, $"Extension of {name} must add something.");
        }
        foreach (var d in doc.Nodes("Directives"))
        {
            var name = d.Str("Name");
            if (s.Directives.ContainsKey(name) && !prelude.Nodes("Directives").Any(p => p.Str("Name") == name)) throw Error(d, $"Cannot redeclare directive {name}.");
            s.Directives[name] = d;
        }
        foreach (var d in doc.Nodes("Directives"))
        {
            foreach (var arg in d.Nodes("Arguments")) s.CheckInputType(arg, arg.Node("Type")!);
        }
        var schemaDefs = doc.Nodes("Schema");
        if (schemaDefs.Count > 1) throw Error(schemaDefs[1], "Cannot have multiple schema entry points, consider schema extensions instead.");
        foreach (var sd in schemaDefs.Concat(doc.Nodes("SchemaExtension")))
        {
            foreach (var op in sd.Nodes("OperationTypes"))
            {
                var typeName = op.Str("Type");
                if (!s.Types.TryGetValue(typeName, out var t) || t.Str("Kind") != "OBJECT")
                    throw Error(op, $"Schema root {op.Str("Operation")} refers to a type {typeName} that does not exist.");
                s.Roots[op.Str("Operation")] = typeName;
            }
            s.CheckDirectives(sd.Nodes("Directives"), "SCHEMA");
        }
        foreach (var (op, def) in new[] { ("query", "Query"), ("mutation", "Mutation"), ("subscription", "Subscription") })
        {
            if (!s.Roots.ContainsKey(op) && s.Types.TryGetValue(def, out var t) && t.Str("Kind") == "OBJECT") s.Roots[op] = def;
        }
        foreach (var def in s.Types.Values.ToList()) s.ValidateDefinition(def);
        return s;
    }

    private static GqlNode Copy(GqlNode d)
    {
        var c = new GqlNode(d.Line, d.Column);
        foreach (var kv in d) c[kv.Key] = kv.Value is List<GqlNode> l ? l.ToList() : kv.Value is List<string> ls ? ls.ToList() : kv.Value;
        return c;
    }

    public static string Unwrap(GqlNode type) => type.Node("Elem") is { } e ? Unwrap(e) : type.Str("NamedType");

    public static string TypeString(GqlNode type)
        => (type.Node("Elem") is { } e ? "[" + TypeString(e) + "]" : type.Str("NamedType")) + (type.TryGetValue("NonNull", out var nn) && nn is true ? "!" : "");

    private void ValidateDefinition(GqlNode def)
    {
        if (def.TryGetValue("BuiltIn", out var bi) && bi is true) return;
        var name = def.Str("Name");
        var kind = def.Str("Kind");
        if (name.StartsWith("__", StringComparison.Ordinal)) throw Error(def, $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        switch (kind)
        {
            case "OBJECT" or "INTERFACE":
                if (def.Nodes("Fields").Count == 0) throw Error(def, $"{kind} {name}: must define one or more fields.");
                foreach (var f in def.Nodes("Fields"))
                {
                    var typeName = Unwrap(f.Node("Type")!);
                    if (!Types.TryGetValue(typeName, out var ft)) throw Error(f, $"Undefined type {typeName}.");
                    if (ft.Str("Kind") == "INPUT_OBJECT") throw Error(f, $"{kind} {name}: field must be an output type.");
                    foreach (var arg in f.Nodes("Arguments")) CheckInputType(arg, arg.Node("Type")!);
                    CheckDirectives(f.Nodes("Directives"), "FIELD_DEFINITION");
                }
                foreach (var iface in def.Strings("Interfaces"))
                {
                    if (!Types.TryGetValue(iface, out var it)) throw Error(def, $"Undefined type \"{iface}\".");
                    if (it.Str("Kind") != "INTERFACE") throw Error(def, $"{kind} {name} implements non-interface {iface}.");
                    foreach (var f in it.Nodes("Fields"))
                    {
                        if (!def.Nodes("Fields").Any(x => x.Str("Name") == f.Str("Name")))
                            throw Error(def, $"For {name} to implement {iface} it must have a field called {f.Str("Name")}.");
                    }
                    foreach (var transitive in it.Strings("Interfaces"))
                    {
                        if (!def.Strings("Interfaces").Contains(transitive))
                            throw Error(def, $"{kind} {name} must implement {transitive} because it is implemented by {iface}.");
                    }
                }
                CheckDirectives(def.Nodes("Directives"), kind);
                break;
            case "UNION":
                if (def.Strings("Types").Count == 0) throw Error(def, $"UNION {name}: must define one or more unique member types.");
                foreach (var m in def.Strings("Types"))
                {
                    if (!Types.TryGetValue(m, out var mt)) throw Error(def, $"Undefined type \"{m}\".");
                    if (mt.Str("Kind") != "OBJECT") throw Error(def, $"UNION type \"{m}\" must be OBJECT.");
                }
                CheckDirectives(def.Nodes("Directives"), kind);
                break;
            case "ENUM":
                if (def.Nodes("EnumValues").Count == 0) throw Error(def, $"ENUM {name}: must define one or more unique enum values.");
                foreach (var v in def.Nodes("EnumValues")) CheckDirectives(v.Nodes("Directives"), "ENUM_VALUE");
                CheckDirectives(def.Nodes("Directives"), kind);
                break;
            case "INPUT_OBJECT":
                if (def.Nodes("Fields").Count == 0) throw Error(def, $"INPUT_OBJECT {name}: must define one or more input fields.");
                foreach (var f in def.Nodes("Fields"))
                {
                    if (f.Nodes("Arguments").Count > 0) throw Error(f, $"INPUT_OBJECT {name}: field {f.Str("Name")} cannot have arguments.");
                    CheckInputType(f, f.Node("Type")!);
                    CheckDirectives(f.Nodes("Directives"), "INPUT_FIELD_DEFINITION");
                }
                CheckDirectives(def.Nodes("Directives"), kind);
                break;
            case "SCALAR":
                CheckDirectives(def.Nodes("Directives"), kind);
                break;
        }
    }

    private void CheckInputType(GqlNode at, GqlNode type)
    {
        var typeName = Unwrap(type);
        if (!Types.TryGetValue(typeName, out var t)) throw Error(at, $"Undefined type {typeName}.");
        if (t.Str("Kind") is not ("SCALAR" or "ENUM" or "INPUT_OBJECT")) throw Error(at, $"{typeName} is not an input type.");
    }

    public void CheckDirectives(List<GqlNode> directives, string location)
    {
        foreach (var d in directives)
        {
            var name = d.Str("Name");
            if (!Directives.TryGetValue(name, out var def)) throw Error(d, $"Undefined directive {name}.");
            if (!def.Strings("Locations").Contains(location)) throw Error(d, $"Directive {name} is not applicable on {location}.");
        }
    }
}
