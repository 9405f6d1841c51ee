using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary>Renders a module as the JSON-shaped value OPA's <c>rego.parse_module</c> returns (package, imports, rule heads).</summary>
internal static class AstJson
{
    public static Value ModuleToValue(Module m)
    {
        var pkgPath = new List<Value> { TermValue("var", new StringValue("data")) };
        pkgPath.AddRange(m.Package.Select(p => TermValue("string", new StringValue(p))));
        var imports = m.Imports.Select(i => Obj(("path", TermOf(i.Path)))).ToArray();
        var rules = m.Rules.Select(r => Obj(("head", Obj(
            ("name", new StringValue(r.Path[0] is ScalarTerm { Value: StringValue s } ? s.Value : "")),
            ("ref", new ArrayValue(r.Path.Select((p, i) => i == 0 && p is ScalarTerm { Value: StringValue n } ? TermValue("var", n) : TermOf(p)).ToArray()))))))
            .ToArray();
        return Obj(
            ("package", Obj(("path", new ArrayValue(pkgPath.ToArray())))),
            ("imports", new ArrayValue(imports)),
            ("rules", new ArrayValue(rules)));
    }

    private static Value TermOf(Term t) => t switch
    {
        ScalarTerm { Value: StringValue s } => TermValue("string", s),
        ScalarTerm { Value: NumberValue n } => TermValue("number", n),
        ScalarTerm { Value: BoolValue b } => TermValue("boolean", b),
        ScalarTerm { Value: NullValue } => TermValue("null", NullValue.Instance),
        VarTerm v => TermValue("var", new StringValue(v.Name)),
        RefTerm r => TermValue("ref", new ArrayValue(new[] { TermOf(r.Head) }.Concat(r.Path.Select(TermOf)).ToArray())),
        _ => TermValue("unknown", NullValue.Instance),
    };

    private static Value TermValue(string type, Value value) => Obj(("type", new StringValue(type)), ("value", value));

    private static ObjectValue Obj(params (string Key, Value Value)[] entries)
        => new(entries.ToDictionary(e => (Value)new StringValue(e.Key), e => e.Value));
}
