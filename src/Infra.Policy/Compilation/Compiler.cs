using Infra.Policy.Ast;
using Infra.Policy.Lexing;
using Infra.Policy.Values;

namespace Infra.Policy.Compilation;

/// <summary>Builds the rule tree from parsed modules: resolves names, renames locals, orders bodies, checks conflicts.</summary>
internal sealed class Compiler(Func<string, int?> builtinArity)
{
    private readonly VarCounter _counter = new();
    private readonly Dictionary<string, HashSet<string>> _rulesByPackage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _functionsByPackage = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _errors = new();
    private CompiledProgram? _program;

    public IReadOnlyList<Diagnostic> Errors => _errors;

    public CompiledProgram Compile(IReadOnlyList<Module> modules)
    {
        var root = new RuleNode([]);
        _program = new CompiledProgram(root);
        var pending = new List<(Module Module, Rule Rule)>();
        foreach (var m in modules)
        {
            var pkgKey = string.Join('.', m.Package);
            if (!_rulesByPackage.TryGetValue(pkgKey, out var ruleNames)) _rulesByPackage[pkgKey] = ruleNames = new HashSet<string>(StringComparer.Ordinal);
            if (!_functionsByPackage.TryGetValue(pkgKey, out var fnNames)) _functionsByPackage[pkgKey] = fnNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in m.Rules)
            {
                if (r.Path[0] is ScalarTerm { Value: StringValue first }) ruleNames.Add(first.Value);
                if (r.Kind == RuleKind.Function && r.Path.All(p => p is ScalarTerm { Value: StringValue }))
                    fnNames.Add(string.Join('.', r.Path.Select(p => ((StringValue)((ScalarTerm)p).Value).Value)));
            }
        }
        foreach (var m in modules)
        {
            // Every package is a document, even when it defines no rules (it evaluates to {}).
            if (m.PackageAnnotations is { } pa)
            {
                var key = string.Join('.', m.Package);
                if (!_program.PackageAnnotations.TryGetValue(key, out var list)) _program.PackageAnnotations[key] = list = new List<ObjectValue>();
                list.Add(pa);
            }
            var pkgNode = root;
            foreach (var seg in m.Package) pkgNode = pkgNode.Child(new StringValue(seg));
            foreach (var r in m.Rules) pending.Add((m, r.Kind == RuleKind.Function ? LiftArgs(r) : r));
        }
        // Attach raw rules first so that arities are known while reordering bodies.
        var attached = new List<(Module, Rule, RuleNode, IReadOnlyList<Term>)>();
        foreach (var (m, r) in pending)
        {
            var full = m.Package.Select(p => (Term)new ScalarTerm(r.Span, new StringValue(p))).Concat(r.Path).ToList();
            var node = root;
            var i = 0;
            for (; i < full.Count; i++)
            {
                if (full[i] is ScalarTerm s) node = node.Child(s.Value);
                else break;
            }
            attached.Add((m, r, node, full.Skip(i).ToList()));
            node.Rules.Add(r);
        }
        foreach (var (m, r, node, suffix) in attached)
        {
            var compiled = CompileRule(m, r);
            var idx = node.Rules.FindIndex(x => ReferenceEquals(x, r));
            node.Rules[idx] = compiled;
            var checker = new SafetyChecker(ArityOf, new HashSet<string>());
            checker.CheckRule(compiled);
            _errors.AddRange(checker.Errors);
            _errors.AddRange(CallChecker.Check(compiled, ArityOf));
            _errors.AddRange(TypeChecker.Check(compiled));
            node.Suffix[compiled] = suffix.Count == 0 ? [] : compiled.Path.Skip(compiled.Path.Count - suffix.Count).ToList();
        }
        _errors.AddRange(new RecursionChecker(_program).Check());
        return _program;
    }

    /// <summary>Turns non-variable function arguments into fresh variables plus an equality at the start of the body.</summary>
    private Rule LiftArgs(Rule r)
    {
        if (r.Args is null || r.Args.All(a => a is VarTerm)) return r.Else is null ? r : r with { Else = LiftArgs(r.Else with { Args = r.Args }) };
        var args = new List<Term>();
        var eqs = new List<Expr>();
        foreach (var a in r.Args)
        {
            if (a is VarTerm)
            {
                args.Add(a);
                continue;
            }
            var fresh = new VarTerm(a.Span, _counter.Fresh("arg"));
            args.Add(fresh);
            eqs.Add(new TermExpr(a.Span, new CallTerm(a.Span, new VarTerm(a.Span, "eq"), [fresh, a])));
        }
        var lifted = r with { Args = args, Body = [.. eqs, .. r.Body] };
        return r.Else is null ? lifted : lifted with { Else = LiftArgs(r.Else with { Args = r.Args }) };
    }

    private Dictionary<string, Term> Globals(Module m)
    {
        var g = new Dictionary<string, Term>();
        var data = new VarTerm(m.Span, "data");
        // Rules of the same package are visible from every module of that package.
        foreach (var name in _rulesByPackage.GetValueOrDefault(string.Join('.', m.Package)) ?? [])
            g[name] = new RefTerm(m.Span, data, m.Package.Append(name).Select(x => (Term)new ScalarTerm(m.Span, new StringValue(x))).ToList());
        foreach (var imp in m.Imports)
        {
            var head = TermNames.DottedName(imp.Path.Head);
            if (head is "future" or "rego") continue;
            if (imp.Path.Path.Count == 0 && imp.Alias is null) continue;
            g[imp.Name] = imp.Path;
        }
        return g;
    }

    private Rule CompileRule(Module m, Rule r)
    {
        var imports = m.Imports.Where(i => TermNames.DottedName(i.Path.Head) is not ("future" or "rego")).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var rw = new Rewriter(Globals(m), _counter, _functionsByPackage.GetValueOrDefault(string.Join('.', m.Package))) { Imports = imports };
        var rewritten = rw.RewriteRule(r);
        _errors.AddRange(rw.Errors);
        return Order(rewritten) with { FullPath = m.Package.Select(p => (Term)new ScalarTerm(r.Span, new StringValue(p))).Concat(rewritten.Path).ToList() };
    }

    private Rule Order(Rule r)
    {
        var bound = new HashSet<string>();
        if (r.Args is not null)
        {
            foreach (var a in r.Args) CollectVars(a, bound);
        }
        var reorderer = new BodyReorderer(ArityOf);
        var ordered = r with { Body = reorderer.Reorder(r.Body, bound) };
        // Variables of the enclosing body are bound by the time a nested comprehension runs.
        var outer = new HashSet<string>(bound);
        foreach (var e in ordered.Body) outer.UnionWith(reorderer.Analyze(e).Outs);
        var nested = new NestedBodyOrder(reorderer);
        ordered = ordered with
        {
            Body = ordered.Body.Select(e => nested.Apply(e, outer)).ToList(),
            Value = ordered.Value is null ? null : ((TermExpr)nested.Apply(new TermExpr(ordered.Value.Span, ordered.Value), outer)).Term,
            Key = ordered.Key is null ? null : ((TermExpr)nested.Apply(new TermExpr(ordered.Key.Span, ordered.Key), outer)).Term,
        };
        if (r.Else is not null) ordered = ordered with { Else = Order(r.Else) };
        return ordered;
    }

    public IReadOnlyList<Expr> CompileQuery(IReadOnlyList<Expr> body, out IReadOnlyList<Diagnostic> errors)
    {
        var rw = new Rewriter(new Dictionary<string, Term>(), _counter);
        var rewritten = rw.RewriteQuery(body);
        var rewriteErrors = rw.Errors;
        var reorderer = new BodyReorderer(ArityOf);
        var ordered = reorderer.Reorder(rewritten, new HashSet<string>());
        var outer = new HashSet<string>();
        foreach (var e in ordered) outer.UnionWith(reorderer.Analyze(e).Outs);
        var nested = new NestedBodyOrder(reorderer);
        ordered = ordered.Select(e => nested.Apply(e, outer)).ToList();
        var checker = new SafetyChecker(ArityOf, new HashSet<string>());
        checker.CheckQuery(ordered);
        errors = rewriteErrors.Concat(checker.Errors).Concat(ordered.SelectMany(e => CallChecker.Check(e, ArityOf))).Concat(ordered.SelectMany(TypeChecker.Check)).ToList();
        return ordered;
    }

    private int? ArityOf(string name)
    {
        if (name.StartsWith("data.", StringComparison.Ordinal) && _program is not null)
        {
            var path = name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList();
            var node = _program.Find(path);
            var fn = node?.Rules.FirstOrDefault(x => x.Kind == RuleKind.Function);
            return fn?.Args?.Count;
        }
        return builtinArity(name);
    }

    private static void CollectVars(Term t, HashSet<string> set)
    {
        switch (t)
        {
            case VarTerm v: set.Add(v.Name); break;
            case ArrayTerm a: foreach (var x in a.Items) CollectVars(x, set); break;
            case ObjectTerm o: foreach (var (_, x) in o.Items) CollectVars(x, set); break;
        }
    }

    internal static Diagnostic ToDiagnostic(RegoSyntaxException ex, string source)
    {
        var lines = source.Split('\n');
        var line = ex.Span.Line >= 1 && ex.Span.Line <= lines.Length ? lines[ex.Span.Line - 1].TrimEnd('\r') : null;
        return new Diagnostic("rego_parse_error", ex.Message, ex.Span, line);
    }
}
