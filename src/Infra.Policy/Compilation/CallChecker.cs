using Infra.Policy.Ast;

namespace Infra.Policy.Compilation;

/// <summary>Reports calls of functions that do not exist and calls with the wrong number of arguments (<c>rego_type_error</c>).</summary>
internal static class CallChecker
{
    private static readonly HashSet<string> Internal = ["eq", "assign", "$and", "$or", "$not", "rego.metadata.chain", "rego.metadata.rule"];

    public static IEnumerable<Diagnostic> Check(object node, Func<string, int?> arityOf)
    {
        foreach (var t in AstWalker.Terms(node))
        {
            if (t is not CallTerm c || Internal.Contains(c.Name) || c.Name == "<dynamic>") continue;
            var arity = arityOf(c.Name);
            if (arity is null)
            {
                yield return new Diagnostic("rego_type_error", $"undefined function {c.Name}", c.Span);
                continue;
            }
            if (arity >= 0 && c.Args.Count != arity && c.Args.Count != arity + 1)
                yield return new Diagnostic("rego_type_error", $"{c.Name}: arity mismatch: expected {arity} arguments, got {c.Args.Count}", c.Span);
        }
    }
}
