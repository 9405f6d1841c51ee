using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary><c>rego.metadata.chain()</c>: the current rule's entry, document-scope annotations, then package annotations.</summary>
    private Value MetadataChain()
    {
        var rule = _currentRule;
        if (rule is null) return ArrayValue.Empty;
        var path = rule.FullPath.TakeWhile(t => t is ScalarTerm).Select(t => ((ScalarTerm)t).Value).ToList();
        var entries = new List<Value>();
        static Value Entry(IReadOnlyList<Value> p, ObjectValue? annotations)
        {
            var map = new Dictionary<Value, Value> { [new StringValue("path")] = new ArrayValue(p.ToArray()) };
            if (annotations is not null) map[new StringValue("annotations")] = annotations;
            return new ObjectValue(map);
        }
        var own = rule.Annotations is { } a && a.Get("scope") is StringValue { Value: "rule" } ? a : null;
        entries.Add(Entry(path, own));
        var node = _program.Find(path);
        if (node is not null)
        {
            foreach (var r in node.Rules)
            {
                if (r.Annotations is { } da && da.Get("scope") is StringValue { Value: "document" }) entries.Add(Entry(path, da));
            }
        }
        var pkg = path.Take(path.Count - rule.Path.Count).ToList();
        var key = string.Join('.', pkg.Select(p => p is StringValue s ? s.Value : p.ToString()));
        if (_program.PackageAnnotations.TryGetValue(key, out var list))
        {
            foreach (var pa in list) entries.Add(Entry(pkg, pa));
        }
        return new ArrayValue(entries.ToArray());
    }
}
