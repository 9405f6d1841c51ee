using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary>Helpers for naming terms.</summary>
internal static class TermNames
{
    /// <summary>Dotted name of a var or a ref whose path is all identifiers-like strings; null otherwise.</summary>
    public static string? DottedName(Term t)
    {
        switch (t)
        {
            case VarTerm v: return v.Name;
            case RefTerm r when r.Head is VarTerm hv:
                var parts = new List<string> { hv.Name };
                foreach (var p in r.Path)
                {
                    if (p is ScalarTerm { Value: StringValue s }) parts.Add(s.Value);
                    else return null;
                }
                return string.Join('.', parts);
            default: return null;
        }
    }
}
