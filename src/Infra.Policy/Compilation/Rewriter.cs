using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Compilation;

/// <summary>
/// Resolves names (rules of the same package, imports) to <c>data</c> refs, gives every local declared in a
/// nested scope (comprehension, <c>every</c>, query block) a unique name, and names each wildcard uniquely.
/// </summary>
internal sealed class Rewriter(IReadOnlyDictionary<string, Term> globals, VarCounter counter, IReadOnlySet<string>? functions = null)
{
    private readonly List<Dictionary<string, string>> _scopes = [new()];
    private readonly List<HashSet<string>> _referenced = [new()];
    private readonly List<Diagnostic> _errors = new();

    /// <summary>Redeclaration errors (<c>var x assigned above</c>, <c>var x referenced above</c>).</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors;

    public Rule RewriteRule(Rule r)
    {
        _scopes.Clear();
        _scopes.Add(new Dictionary<string, string>());
        _referenced.Clear();
        _referenced.Add(new HashSet<string>());
        var args = r.Args?.Select(a => Declare(a)).ToList();
        var body = RewriteBody(r.Body);
        var path = r.Path.Select((p, i) => i == 0 ? p : RewriteTerm(p)).ToList();
        var result = r with
        {
            Args = args,
            Body = body,
            Path = path,
            Key = r.Key is null ? null : RewriteTerm(r.Key),
            Value = r.Value is null ? null : RewriteTerm(r.Value),
        };
        if (r.Else is not null)
        {
            var elseRewriter = new Rewriter(globals, counter, functions) { Imports = Imports };
            var rewrittenElse = elseRewriter.RewriteRule(r.Else with { Args = r.Args });
            _errors.AddRange(elseRewriter.Errors);
            result = result with { Else = rewrittenElse };
        }
        return result;
    }

    public IReadOnlyList<Expr> RewriteQuery(IReadOnlyList<Expr> body) => RewriteBody(body);

    public IEnumerable<string> TopLevelNames => _scopes[0].Values;

    private List<Expr> RewriteBody(IReadOnlyList<Expr> body) => body.Select(RewriteExpr).ToList();

    private Expr RewriteExpr(Expr e)
    {
        var withs = e.With.Select(w => new WithModifier(w.Span, RewriteWithTarget(w.Target), RewriteWithValue(w.Value))).ToList();
        Expr result;
        switch (e)
        {
            case TermExpr { Term: CallTerm { Name: "assign" } c } te:
                var rhs = RewriteTerm(c.Args[1]);
                var lhs = Declare(c.Args[0]);
                result = te with { Term = c with { Args = [lhs, rhs] } };
                break;
            case TermExpr te:
                result = te with { Term = RewriteTerm(te.Term) };
                break;
            case SomeDeclExpr sd:
                result = sd with { Vars = sd.Vars.Select(v => (VarTerm)Declare(v)).ToList() };
                break;
            case SomeInExpr si:
                var coll = RewriteTerm(si.Collection);
                result = si with { Collection = coll, Key = si.Key is null ? null : Declare(si.Key), Value = Declare(si.Value) };
                break;
            case EveryExpr ev:
                var evColl = RewriteTerm(ev.Collection);
                _scopes.Add(new Dictionary<string, string>());
                    _referenced.Add(new HashSet<string>());
                var key = ev.Key is null ? null : Declare(ev.Key);
                var value = Declare(ev.Value);
                var evBody = RewriteBody(ev.Body);
                _scopes.RemoveAt(_scopes.Count - 1);
                    _referenced.RemoveAt(_referenced.Count - 1);
                result = ev with { Collection = evColl, Key = key, Value = value, Body = evBody };
                break;
            default:
                result = e;
                break;
        }
        return withs.Count == 0 ? result : result with { With = withs };
    }

    /// <summary>Declares the variables of a pattern as locals of the current scope and returns the renamed pattern.</summary>
    private Term Declare(Term pattern)
    {
        switch (pattern)
        {
            case VarTerm v when v.IsWildcard:
                return new VarTerm(v.Span, counter.Fresh("_"));
            case VarTerm v:
                if (_scopes[^1].ContainsKey(v.Name))
                    _errors.Add(new Diagnostic("rego_compile_error", $"var {v.Name} assigned above", v.Span));
                else if (_referenced[^1].Contains(v.Name))
                    _errors.Add(new Diagnostic("rego_compile_error", $"var {v.Name} referenced above", v.Span));
                var name = _scopes.Count == 1 ? v.Name : counter.Fresh(v.Name);
                _scopes[^1][v.Name] = name;
                return new VarTerm(v.Span, name);
            case ArrayTerm a:
                return a with { Items = a.Items.Select(Declare).ToList() };
            case ObjectTerm o:
                return o with { Items = o.Items.Select(kv => (RewriteTerm(kv.Key), Declare(kv.Value))).ToList() };
            default:
                return RewriteTerm(pattern);
        }
    }

    private string? LookupLocal(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var n)) return n;
        }
        return null;
    }

    public Term RewriteTerm(Term t)
    {
        switch (t)
        {
            case VarTerm v:
                if (v.IsWildcard) return new VarTerm(v.Span, counter.Fresh("_"));
                if (LookupLocal(v.Name) is { } local) return new VarTerm(v.Span, local);
                if (globals.TryGetValue(v.Name, out var g)) return g is RefTerm gr ? gr with { Span = v.Span } : g;
                _referenced[^1].Add(v.Name);
                return v;
            case RefTerm r:
                var head = RewriteTerm(r.Head);
                var path = r.Path.Select(RewriteTerm).ToList();
                if (head is RefTerm hr) return new RefTerm(r.Span, hr.Head, [.. hr.Path, .. path]);
                return new RefTerm(r.Span, head, path);
            case CallTerm c:
                return c with { Operator = c.Infix ? c.Operator : ResolveOperator(c.Operator), Args = c.Args.Select(RewriteTerm).ToList() };
            case ArrayTerm a:
                return a with { Items = a.Items.Select(RewriteTerm).ToList() };
            case SetTerm s:
                return s with { Items = s.Items.Select(RewriteTerm).ToList() };
            case ObjectTerm o:
                return o with { Items = o.Items.Select(kv => (RewriteTerm(kv.Key), RewriteTerm(kv.Value))).ToList() };
            case ArrayComprehension ac:
                {
                    _scopes.Add(new Dictionary<string, string>());
                    _referenced.Add(new HashSet<string>());
                    var body = RewriteBody(ac.Body);
                    var h = RewriteTerm(ac.Head);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    _referenced.RemoveAt(_referenced.Count - 1);
                    return ac with { Head = h, Body = body };
                }
            case SetComprehension sc:
                {
                    _scopes.Add(new Dictionary<string, string>());
                    _referenced.Add(new HashSet<string>());
                    var body = RewriteBody(sc.Body);
                    var h = RewriteTerm(sc.Head);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    _referenced.RemoveAt(_referenced.Count - 1);
                    return sc with { Head = h, Body = body };
                }
            case ObjectComprehension oc:
                {
                    _scopes.Add(new Dictionary<string, string>());
                    _referenced.Add(new HashSet<string>());
                    var body = RewriteBody(oc.Body);
                    var k = RewriteTerm(oc.Key);
                    var val = RewriteTerm(oc.Value);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    _referenced.RemoveAt(_referenced.Count - 1);
                    return oc with { Key = k, Value = val, Body = body };
                }
            case QueryBlockTerm qb:
                {
                    _scopes.Add(new Dictionary<string, string>());
                    _referenced.Add(new HashSet<string>());
                    var body = RewriteBody(qb.Body);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    _referenced.RemoveAt(_referenced.Count - 1);
                    return qb with { Body = body };
                }
            case TemplateTerm tt:
                return tt with { Parts = tt.Parts.Select(p => p is Expr e ? (object)RewriteExpr(e) : p).ToList() };
            default:
                return t;
        }
    }

    private Term ResolveOperator(Term op)
    {
        var name = TermNames.DottedName(op);
        if (name is null) return op;
        var dot = name.IndexOf('.');
        var first = dot < 0 ? name : name[..dot];
        if (LookupLocal(first) is not null) return op;
        // A package rule only replaces a builtin name when it is a function; imports always resolve.
        var isPackageRule = functions is not null && globals.TryGetValue(first, out var pg) && pg is RefTerm { Head: VarTerm { Name: "data" } } && !IsImport(first);
        if (isPackageRule && !functions!.Contains(name)) return new VarTerm(op.Span, name);
        if (globals.TryGetValue(first, out var g) && TermNames.DottedName(g) is { } gname)
            return new VarTerm(op.Span, dot < 0 ? gname : gname + name[dot..]);
        return new VarTerm(op.Span, name);
    }

    public IReadOnlySet<string> Imports { get; init; } = new HashSet<string>();

    private bool IsImport(string name) => Imports.Contains(name);

    private Term RewriteWithTarget(Term target)
    {
        var name = TermNames.DottedName(target);
        if (name is null) return target;
        var first = name.Split('.')[0];
        if (first is "input" or "data") return target;
        return ResolveOperator(target);
    }

    private Term RewriteWithValue(Term value)
    {
        if (value is VarTerm v && LookupLocal(v.Name) is null && !globals.ContainsKey(v.Name)) return v;
        if (value is RefTerm { Head: VarTerm hv } && LookupLocal(hv.Name) is null && !globals.ContainsKey(hv.Name)
            && hv.Name is not ("data" or "input")) return value;
        return RewriteTerm(value);
    }
}
