using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>walk</c> (a relation over every path/value pair) and <c>graph.reachable</c>/<c>graph.reachable_paths</c>.</summary>
internal static class Graphs
{
    public static void Register(BuiltinTable t)
    {
        t.Add(new BuiltinDef("walk", 1, (_, a) => null) { Relation = (_, a) => Walk(a[0]) });
        t.Add("graph.reachable_paths", 2, a => ReachablePaths(Args.Obj(a, 0), Args.Collection(a, 1)));
        t.Add("graph.reachable", 2, a =>
        {
            var graph = Args.Obj(a, 0);
            var seen = new HashSet<Value>();
            var queue = new Queue<Value>(Args.Collection(a, 1));
            while (queue.Count > 0)
            {
                var n = queue.Dequeue();
                if (!seen.Add(n)) continue;
                if (graph.Get(n) is { } edges && edges is ArrayValue or SetValue)
                    foreach (var e in edges is ArrayValue ea ? ea.Items : ((SetValue)edges).Items) queue.Enqueue(e);
            }
            return SetValue.Of(seen.Where(s => graph.Get(s) is not null));
        });
    }

    /// <summary>All paths from each start node following edges until a node with no unvisited successors.</summary>
    private static Value ReachablePaths(ObjectValue graph, IReadOnlyList<Value> starts)
    {
        var paths = new List<Value>();
        void Visit(Value node, List<Value> path)
        {
            var edges = graph.Get(node) switch
            {
                ArrayValue ea => ea.Items,
                SetValue es => es.Items,
                _ => [],
            };
            var next = edges.Where(e => !path.Contains(e) && graph.Get(e) is not null).ToList();
            if (next.Count == 0)
            {
                paths.Add(new ArrayValue(path.ToArray()));
                return;
            }
            foreach (var n in next) Visit(n, [.. path, n]);
        }
        foreach (var s in starts)
        {
            if (graph.Get(s) is not null) Visit(s, [s]);
        }
        return SetValue.Of(paths);
    }

    private static IEnumerable<Value> Walk(Value root)
    {
        var results = new List<Value>();
        void Visit(Value v, List<Value> path)
        {
            results.Add(new ArrayValue([new ArrayValue(path.ToArray()), v]));
            switch (v)
            {
                case ArrayValue arr:
                    for (var i = 0; i < arr.Count; i++) Visit(arr.Items[i], [.. path, NumberValue.Of(i)]);
                    break;
                case ObjectValue o:
                    foreach (var kv in o.Entries) Visit(kv.Value, [.. path, kv.Key]);
                    break;
                case SetValue s:
                    foreach (var m in s.Items) Visit(m, [.. path, m]);
                    break;
            }
        }
        Visit(root, []);
        return results;
    }
}
