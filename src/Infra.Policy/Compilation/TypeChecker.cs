using Infra.Policy.Ast;

namespace Infra.Policy.Compilation;

/// <summary>
/// Compile-time operand checks for builtin calls whose arguments have a statically known type (literals,
/// composites, comprehensions, template strings): <c>count(1)</c> is a <c>rego_type_error</c> before evaluation.
/// </summary>
internal static class TypeChecker
{
    private const string Str = "string";
    private const string Num = "number";
    private const string Obj = "object";
    private static readonly string[] Collection = ["array", "set"];
    private static readonly string[] Any = [];

    private static readonly Dictionary<string, string[][]> Signatures = new(StringComparer.Ordinal)
    {
        ["count"] = [["array", "object", "set", "string"]],
        ["sum"] = [Collection], ["product"] = [Collection], ["max"] = [Collection], ["min"] = [Collection], ["sort"] = [Collection],
        ["concat"] = [[Str], Collection],
        ["contains"] = [[Str], [Str]], ["startswith"] = [[Str], [Str]], ["endswith"] = [[Str], [Str]],
        ["indexof"] = [[Str], [Str]], ["split"] = [[Str], [Str]], ["replace"] = [[Str], [Str], [Str]],
        ["lower"] = [[Str]], ["upper"] = [[Str]], ["trim_space"] = [[Str]], ["strings.reverse"] = [[Str]],
        ["trim"] = [[Str], [Str]], ["trim_prefix"] = [[Str], [Str]], ["trim_suffix"] = [[Str], [Str]],
        ["substring"] = [[Str], [Num], [Num]], ["sprintf"] = [[Str], ["array"]], ["format_int"] = [[Num], [Num]],
        ["object.get"] = [[Obj], Any, Any], ["object.keys"] = [[Obj]], ["object.union"] = [[Obj], [Obj]],
        ["object.remove"] = [[Obj], ["array", "object", "set"]], ["object.filter"] = [[Obj], ["array", "object", "set"]],
        ["array.concat"] = [["array"], ["array"]], ["array.slice"] = [["array"], [Num], [Num]], ["array.reverse"] = [["array"]],
        ["to_number"] = [["null", "boolean", Num, Str]],
        ["plus"] = [[Num], [Num]], ["mul"] = [[Num], [Num]], ["div"] = [[Num], [Num]], ["rem"] = [[Num], [Num]],
        ["abs"] = [[Num]], ["round"] = [[Num]], ["ceil"] = [[Num]], ["floor"] = [[Num]],
        ["regex.match"] = [[Str], [Str]], ["glob.match"] = [[Str], ["array", "null"], [Str]],
        ["json.unmarshal"] = [[Str]], ["base64.encode"] = [[Str]], ["base64.decode"] = [[Str]],
        ["units.parse"] = [[Str]], ["units.parse_bytes"] = [[Str]],
        ["time.parse_rfc3339_ns"] = [[Str]], ["time.parse_duration_ns"] = [[Str]],
        ["net.cidr_contains"] = [[Str], [Str]], ["net.cidr_intersects"] = [[Str], [Str]],
    };

    public static IEnumerable<Diagnostic> Check(object node)
    {
        foreach (var t in AstWalker.Terms(node))
        {
            if (t is not CallTerm c || !Signatures.TryGetValue(c.Name, out var sig)) continue;
            for (var i = 0; i < Math.Min(sig.Length, c.Args.Count); i++)
            {
                if (sig[i].Length == 0 || StaticType(c.Args[i]) is not { } type || sig[i].Contains(type)) continue;
                var want = sig[i].Length == 1 ? sig[i][0] : $"one of {{{string.Join(", ", sig[i])}}}";
                yield return new Diagnostic("rego_type_error", $"{c.Name}: operand {i + 1} must be {want} but got {type}", c.Args[i].Span);
            }
        }
    }

    private static string? StaticType(Term t) => t switch
    {
        ScalarTerm s => s.Value.TypeName,
        ArrayTerm or ArrayComprehension => "array",
        SetTerm or SetComprehension => "set",
        ObjectTerm or ObjectComprehension => "object",
        TemplateTerm => "string",
        _ => null,
    };
}
