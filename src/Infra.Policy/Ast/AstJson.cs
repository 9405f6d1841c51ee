using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary>Renders a module in the JSON shape of OPA's AST, as <c>rego.parse_module</c> returns it.</summary>
internal static class AstJson
{
    private static readonly Dictionary<string, string> InfixNames = new(StringComparer.Ordinal)
    {
        ["$and"] = "and", ["$or"] = "or", ["$not"] = "not",
    };

    public static Value ModuleToValue(Module m)
    {
        var pkgPath = new List<Value> { TermValue("var", new StringValue("data")) };
        pkgPath.AddRange(m.Package.Select(p => TermValue("string", new StringValue(p))));
        var imports = m.Imports.Select(i =>
        {
            var entries = new List<(string, Value)> { ("path", Term(i.Path)) };
            if (i.Alias is not null) entries.Add(("alias", new StringValue(i.Alias)));
            return (Value)Obj(entries.ToArray());
        }).ToArray();
        return Obj(
            ("package", Obj(("path", new ArrayValue(pkgPath.ToArray())))),
            ("imports", new ArrayValue(imports)),
            ("rules", new ArrayValue(m.Rules.Select(RuleValue).ToArray())));
    }

    private static Value RuleValue(Rule r)
    {
        var name = r.Path[0] is ScalarTerm { Value: StringValue s } ? s.Value : "";
        var head = new List<(string, Value)>
        {
            ("name", new StringValue(name)),
            ("ref", new ArrayValue(r.Path.Select((p, i) => i == 0 ? TermValue("var", new StringValue(name)) : Term(p)).ToArray())),
        };
        if (r.Args is not null) head.Add(("args", new ArrayValue(r.Args.Select(Term).ToArray())));
        if (r.Key is not null) head.Add(("key", Term(r.Key)));
        head.Add(("value", r.Value is null ? TermValue("boolean", BoolValue.True) : Term(r.Value)));
        if (r.Value is not null) head.Add(("assign", BoolValue.True));
        var rule = new List<(string, Value)> { ("head", Obj(head.ToArray())), ("body", Body(r.Body)) };
        if (r.IsDefault) rule.Add(("default", BoolValue.True));
        if (r.Else is not null) rule.Add(("else", RuleValue(r.Else)));
        return Obj(rule.ToArray());
    }

    private static Value Body(IReadOnlyList<Expr> body)
    {
        if (body.Count == 0) return new ArrayValue([Obj(("index", NumberValue.Of(0)), ("terms", TermValue("boolean", BoolValue.True)))]);
        return new ArrayValue(body.Select((e, i) => ExprValue(e, i)).ToArray());
    }

    private static Value ExprValue(Expr e, int index)
    {
        var entries = new List<(string, Value)> { ("index", NumberValue.Of(index)) };
        switch (e)
        {
            case TermExpr { Term: CallTerm c }:
                entries.Add(("terms", new ArrayValue(new[] { OperatorRef(c) }.Concat(c.Args.Select(Term)).ToArray())));
                break;
            case TermExpr te:
                entries.Add(("terms", Term(te.Term)));
                break;
            case SomeDeclExpr sd:
                entries.Add(("terms", TermValue("call", new ArrayValue([Ref("some"), .. sd.Vars.Select(Term)]))));
                break;
            case SomeInExpr si:
                var member = si.Key is null ? new[] { Term(si.Value), Term(si.Collection) } : [Term(si.Key), Term(si.Value), Term(si.Collection)];
                entries.Add(("terms", TermValue("call", new ArrayValue([Ref("some"), TermValue("call", new ArrayValue([Ref(si.Key is null ? "internal.member_2" : "internal.member_3"), .. member]))]))));
                break;
            case EveryExpr ev:
                entries.Add(("terms", Obj(("key", ev.Key is null ? NullValue.Instance : Term(ev.Key)), ("value", Term(ev.Value)), ("domain", Term(ev.Collection)), ("body", Body(ev.Body)))));
                break;
        }
        if (e.Negated) entries.Add(("negated", BoolValue.True));
        if (e.With.Count > 0)
            entries.Add(("with", new ArrayValue(e.With.Select(w => (Value)Obj(("target", Term(w.Target)), ("value", Term(w.Value)))).ToArray())));
        return Obj(entries.ToArray());
    }

    private static Value Ref(string dotted)
    {
        var parts = dotted.Split('.');
        return TermValue("ref", new ArrayValue(new[] { TermValue("var", new StringValue(parts[0])) }
            .Concat(parts.Skip(1).Select(p => TermValue("string", new StringValue(p)))).ToArray()));
    }

    private static Value OperatorRef(CallTerm c)
        => c.Operator is RefTerm r ? Term(r) : Ref(InfixNames.GetValueOrDefault(c.Name, c.Name));

    private static Value Term(Term t) => t switch
    {
        ScalarTerm { Value: StringValue s } => TermValue("string", s),
        ScalarTerm { Value: NumberValue n } => TermValue("number", n),
        ScalarTerm { Value: BoolValue b } => TermValue("boolean", b),
        ScalarTerm => TermValue("null", NullValue.Instance),
        VarTerm v => TermValue("var", new StringValue(v.Name)),
        RefTerm r => TermValue("ref", new ArrayValue(new[] { Term(r.Head) }.Concat(r.Path.Select(Term)).ToArray())),
        ArrayTerm a => TermValue("array", new ArrayValue(a.Items.Select(Term).ToArray())),
        SetTerm s => TermValue("set", new ArrayValue(s.Items.Select(Term).ToArray())),
        ObjectTerm o => TermValue("object", new ArrayValue(o.Items.Select(kv => (Value)new ArrayValue([Term(kv.Key), Term(kv.Value)])).ToArray())),
        CallTerm c => TermValue("call", new ArrayValue(new[] { OperatorRef(c) }.Concat(c.Args.Select(Term)).ToArray())),
        ArrayComprehension ac => TermValue("arraycomprehension", Obj(("term", Term(ac.Head)), ("body", Body(ac.Body)))),
        SetComprehension sc => TermValue("setcomprehension", Obj(("term", Term(sc.Head)), ("body", Body(sc.Body)))),
        ObjectComprehension oc => TermValue("objectcomprehension", Obj(("key", Term(oc.Key)), ("value", Term(oc.Value)), ("body", Body(oc.Body)))),
        TemplateTerm tt => TermValue("templatestring", new ArrayValue(tt.Parts.Select(p => p is string s ? TermValue("string", new StringValue(s)) : ExprValue((Expr)p, 0)).ToArray())),
        QueryBlockTerm qb => TermValue("query", Body(qb.Body)),
        _ => TermValue("null", NullValue.Instance),
    };

    private static Value TermValue(string type, Value value) => Obj(("type", new StringValue(type)), ("value", value));

    private static ObjectValue Obj(params (string Key, Value Value)[] entries)
        => new(entries.ToDictionary(e => (Value)new StringValue(e.Key), e => e.Value));
}
