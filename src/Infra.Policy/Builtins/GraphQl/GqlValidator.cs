namespace Infra.Policy.Builtins.GraphQl;

/// <summary>Validates a query document against a schema (a subset of gqlparser's rules, same messages).</summary>
internal sealed class GqlValidator
{
    private readonly GqlSchema _schema;
    private readonly GqlNode _doc;
    private readonly Dictionary<string, GqlNode> _fragments = new(StringComparer.Ordinal);

    private GqlValidator(GqlNode doc, GqlSchema schema)
    {
        _doc = doc;
        _schema = schema;
        foreach (var f in doc.Nodes("Fragments")) _fragments[f.Str("Name")] = f;
    }

    private static GqlException Error(GqlNode at, string message) => new(message, at.Line, at.Column);

    public static void Validate(GqlNode doc, GqlSchema schema) => new GqlValidator(doc, schema).Run();

    private void Run()
    {
        var ops = _doc.Nodes("Operations");
        if (ops.Count > 1 && ops.Any(o => o.Str("Name").Length == 0))
            throw Error(ops.First(o => o.Str("Name").Length == 0), "This anonymous operation must be the only defined operation.");
        foreach (var group in ops.Where(o => o.Str("Name").Length > 0).GroupBy(o => o.Str("Name")))
        {
            if (group.Count() > 1) throw Error(group.Last(), $"There can be only one operation named \"{group.Key}\".");
        }
        foreach (var frag in _fragments.Values)
        {
            var cond = frag.Str("TypeCondition");
            if (!_schema.Types.ContainsKey(cond)) throw Error(frag, $"Unknown type \"{cond}\".");
            _schema.CheckDirectives(frag.Nodes("Directives"), "FRAGMENT_DEFINITION");
            CheckSelections(frag.Nodes("SelectionSet"), cond);
        }
        foreach (var op in ops)
        {
            var operation = op.Str("Operation");
            if (!_schema.Roots.TryGetValue(operation, out var root)) throw Error(op, $"Schema does not support operation type \"{operation}\"");
            var declared = new Dictionary<string, GqlNode>(StringComparer.Ordinal);
            foreach (var v in op.Nodes("VariableDefinitions"))
            {
                var name = v.Str("Variable");
                if (!declared.TryAdd(name, v)) throw Error(v, $"There can be only one variable named \"${name}\".");
                var typeName = GqlSchema.Unwrap(v.Node("Type")!);
                if (!_schema.Types.TryGetValue(typeName, out var vt)) throw Error(v, $"Unknown type \"{typeName}\".");
                if (vt.Str("Kind") is not ("SCALAR" or "ENUM" or "INPUT_OBJECT"))
                    throw Error(v, $"Variable \"${name}\" cannot be non-input type \"{GqlSchema.TypeString(v.Node("Type")!)}\".");
            }
            _schema.CheckDirectives(op.Nodes("Directives"), operation.ToUpperInvariant());
            CheckSelections(op.Nodes("SelectionSet"), root);
            var used = new HashSet<string>(StringComparer.Ordinal);
            CollectVariables(op.Nodes("SelectionSet"), used, new HashSet<string>(StringComparer.Ordinal));
            foreach (var d in op.Nodes("Directives")) CollectVariables(d.Nodes("Arguments"), used);
            foreach (var u in used)
            {
                if (!declared.ContainsKey(u))
                    throw Error(op, op.Str("Name").Length > 0 ? $"Variable \"${u}\" is not defined by operation \"{op.Str("Name")}\"." : $"Variable \"${u}\" is not defined.");
            }
            foreach (var (name, v) in declared)
            {
                if (!used.Contains(name)) throw Error(v, $"Variable \"${name}\" is never used{(op.Str("Name").Length > 0 ? $" in operation \"{op.Str("Name")}\"" : "")}.");
            }
        }
    }

    private void CheckSelections(List<GqlNode> selections, string typeName)
    {
        var type = _schema.Types[typeName];
        foreach (var sel in selections)
        {
            if (sel.ContainsKey("Alias"))
            {
                CheckField(sel, type);
                continue;
            }
            if (sel.ContainsKey("TypeCondition"))
            {
                var cond = sel.Str("TypeCondition");
                if (cond.Length > 0 && !_schema.Types.ContainsKey(cond)) throw Error(sel, $"Unknown type \"{cond}\".");
                _schema.CheckDirectives(sel.Nodes("Directives"), "INLINE_FRAGMENT");
                CheckSelections(sel.Nodes("SelectionSet"), cond.Length > 0 ? cond : typeName);
                continue;
            }
            var name = sel.Str("Name");
            if (!_fragments.ContainsKey(name)) throw Error(sel, $"Unknown fragment \"{name}\".");
            _schema.CheckDirectives(sel.Nodes("Directives"), "FRAGMENT_SPREAD");
        }
    }

    private void CheckField(GqlNode field, GqlNode parent)
    {
        var name = field.Str("Name");
        _schema.CheckDirectives(field.Nodes("Directives"), "FIELD");
        foreach (var d in field.Nodes("Directives")) CheckArguments(d.Nodes("Arguments"), _schema.Directives[d.Str("Name")].Nodes("Arguments"), d, $"directive \"@{d.Str("Name")}\"", isDirective: true);
        if (name == "__typename") return;
        if (name is "__schema" or "__type") return;
        var def = parent.Nodes("Fields").FirstOrDefault(f => f.Str("Name") == name);
        if (def is null || parent.Str("Kind") is "UNION")
            throw Error(field, $"Cannot query field \"{name}\" on type \"{parent.Str("Name")}\".");
        CheckArguments(field.Nodes("Arguments"), def.Nodes("Arguments"), field, $"field \"{parent.Str("Name")}.{name}\"", isDirective: false, fieldName: name);
        var typeName = GqlSchema.Unwrap(def.Node("Type")!);
        var fieldType = _schema.Types[typeName];
        var isLeaf = fieldType.Str("Kind") is "SCALAR" or "ENUM";
        var sub = field.Nodes("SelectionSet");
        if (isLeaf && sub.Count > 0)
            throw Error(field, $"Field \"{name}\" must not have a selection since type \"{GqlSchema.TypeString(def.Node("Type")!)}\" has no subfields.");
        if (!isLeaf && sub.Count == 0)
            throw Error(field, $"Field \"{name}\" of type \"{GqlSchema.TypeString(def.Node("Type")!)}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?");
        if (sub.Count > 0) CheckSelections(sub, typeName);
    }

    private void CheckArguments(List<GqlNode> given, List<GqlNode> defs, GqlNode at, string what, bool isDirective, string fieldName = "")
    {
        foreach (var arg in given)
        {
            if (!defs.Any(d => d.Str("Name") == arg.Str("Name")))
                throw Error(arg, $"Unknown argument \"{arg.Str("Name")}\" on {what}.");
        }
        foreach (var d in defs)
        {
            var type = d.Node("Type")!;
            var required = type.TryGetValue("NonNull", out var nn) && nn is true && d.Node("DefaultValue") is null;
            if (required && !given.Any(g => g.Str("Name") == d.Str("Name")))
            {
                throw Error(at, isDirective
                    ? $"Directive \"@{at.Str("Name")}\" argument \"{d.Str("Name")}\" of type \"{GqlSchema.TypeString(type)}\" is required, but it was not provided."
                    : $"Field \"{fieldName}\" argument \"{d.Str("Name")}\" of type \"{GqlSchema.TypeString(type)}\" is required, but it was not provided.");
            }
        }
    }

    private void CollectVariables(List<GqlNode> nodes, HashSet<string> used, HashSet<string>? visitedFragments = null)
    {
        foreach (var n in nodes)
        {
            if (n.Node("Value") is { } v) CollectValueVariables(v, used);
            CollectVariables(n.Nodes("Arguments"), used, visitedFragments);
            foreach (var d in n.Nodes("Directives")) CollectVariables(d.Nodes("Arguments"), used, visitedFragments);
            CollectVariables(n.Nodes("SelectionSet"), used, visitedFragments);
            if (!n.ContainsKey("Alias") && !n.ContainsKey("TypeCondition") && n.Str("Name") is { Length: > 0 } spread
                && visitedFragments is not null && visitedFragments.Add(spread) && _fragments.TryGetValue(spread, out var frag))
            {
                CollectVariables(frag.Nodes("SelectionSet"), used, visitedFragments);
                foreach (var d in frag.Nodes("Directives")) CollectVariables(d.Nodes("Arguments"), used, visitedFragments);
            }
        }
    }

    private static void CollectValueVariables(GqlNode value, HashSet<string> used)
    {
        if (value.TryGetValue("Kind", out var k) && k is 0) used.Add(value.Str("Raw"));
        foreach (var c in value.Nodes("Children"))
        {
            if (c.Node("Value") is { } cv) CollectValueVariables(cv, used);
        }
    }
}
