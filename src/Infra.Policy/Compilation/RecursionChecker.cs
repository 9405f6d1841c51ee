using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Compilation;

/// <summary>Finds rules that depend on themselves through <c>data</c> refs or function calls (<c>rego_recursion_error</c>).</summary>
internal sealed class RecursionChecker(CompiledProgram program)
{
    private readonly Dictionary<RuleNode, HashSet<RuleNode>> _edges = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Diagnostic> Check()
    {
        foreach (var node in AllNodes(program.Root).Where(n => n.Rules.Count > 0))
        {
            var deps = new HashSet<RuleNode>(ReferenceEqualityComparer.Instance);
            foreach (var r in node.Rules)
            {
                for (var cur = r; cur is not null; cur = cur.Else) Visit(cur, deps);
            }
            _edges[node] = deps;
        }
        var errors = new List<Diagnostic>();
        var state = new Dictionary<RuleNode, int>(ReferenceEqualityComparer.Instance);
        var stack = new List<RuleNode>();
        foreach (var node in _edges.Keys)
        {
            if (Dfs(node, state, stack) is { } cycle)
            {
                var first = cycle[0];
                var text = string.Join(" -> ", cycle.Append(first).Select(n => n.PathText));
                errors.Add(new Diagnostic("rego_recursion_error", $"rule {first.PathText} is recursive: {text}", first.Rules[0].Span));
                break;
            }
        }
        return errors;
    }

    private List<RuleNode>? Dfs(RuleNode node, Dictionary<RuleNode, int> state, List<RuleNode> stack)
    {
        if (state.TryGetValue(node, out var s))
        {
            if (s == 1) return stack.SkipWhile(n => !ReferenceEquals(n, node)).ToList();
            return null;
        }
        state[node] = 1;
        stack.Add(node);
        foreach (var dep in _edges.GetValueOrDefault(node) ?? [])
        {
            if (Dfs(dep, state, stack) is { } cycle) return cycle;
        }
        stack.RemoveAt(stack.Count - 1);
        state[node] = 2;
        return null;
    }

    private static IEnumerable<RuleNode> AllNodes(RuleNode n)
    {
        yield return n;
        foreach (var c in n.Children.Values)
        {
            foreach (var d in AllNodes(c)) yield return d;
        }
    }

    private void Visit(object node, HashSet<RuleNode> deps)
    {
        switch (node)
        {
            case Rule r:
                foreach (var e in r.Body) Visit(e, deps);
                if (r.Key is not null) Visit(r.Key, deps);
                if (r.Value is not null) Visit(r.Value, deps);
                foreach (var p in r.Path) Visit(p, deps);
                if (r.Args is not null) foreach (var a in r.Args) Visit(a, deps);
                break;
            case RefTerm { Head: VarTerm { Name: "data" } } dr:
                AddRefDeps(dr.Path, deps);
                foreach (var p in dr.Path) Visit(p, deps);
                break;
            case VarTerm { Name: "data" }:
                AddRefDeps([], deps);
                break;
            case RefTerm r2: Visit(r2.Head, deps); foreach (var p in r2.Path) Visit(p, deps); break;
            case CallTerm c:
                if (c.Name.StartsWith("data.", StringComparison.Ordinal))
                {
                    var fnNode = program.Find(c.Name.Split('.').Skip(1).Select(x => (Value)new StringValue(x)).ToList());
                    if (fnNode is not null && fnNode.Rules.Count > 0) deps.Add(fnNode);
                }
                foreach (var a in c.Args) Visit(a, deps);
                break;
            case ArrayTerm a: foreach (var x in a.Items) Visit(x, deps); break;
            case SetTerm s: foreach (var x in s.Items) Visit(x, deps); break;
            case ObjectTerm o: foreach (var (k, v) in o.Items) { Visit(k, deps); Visit(v, deps); } break;
            case ArrayComprehension ac: Visit(ac.Head, deps); foreach (var e in ac.Body) Visit(e, deps); break;
            case SetComprehension sc: Visit(sc.Head, deps); foreach (var e in sc.Body) Visit(e, deps); break;
            case ObjectComprehension oc: Visit(oc.Key, deps); Visit(oc.Value, deps); foreach (var e in oc.Body) Visit(e, deps); break;
            case QueryBlockTerm qb: foreach (var e in qb.Body) Visit(e, deps); break;
            case TemplateTerm tt: foreach (var p in tt.Parts) if (p is Expr pe) Visit(pe, deps); break;
            case TermExpr te: Visit(te.Term, deps); foreach (var w in te.With) Visit(w.Value, deps); break;
            case SomeInExpr si: Visit(si.Collection, deps); foreach (var w in si.With) Visit(w.Value, deps); break;
            case EveryExpr ev: Visit(ev.Collection, deps); foreach (var e in ev.Body) Visit(e, deps); break;
        }
    }

    private void AddRefDeps(IReadOnlyList<Term> path, HashSet<RuleNode> deps) => Match(program.Root, path, 0, deps);

    // Ground path segments must match child names; any other term matches every child.
    private static void Match(RuleNode node, IReadOnlyList<Term> path, int i, HashSet<RuleNode> deps)
    {
        if (node.Rules.Count > 0)
        {
            if (!node.HasFunctions) deps.Add(node);
            return;
        }
        if (i == path.Count)
        {
            foreach (var n in AllNodes(node).Where(n => n.Rules.Count > 0 && !n.HasFunctions)) deps.Add(n);
            return;
        }
        if (path[i] is ScalarTerm s)
        {
            if (node.Children.TryGetValue(s.Value, out var child)) Match(child, path, i + 1, deps);
            return;
        }
        foreach (var child in node.Children.Values) Match(child, path, i + 1, deps);
    }
}
