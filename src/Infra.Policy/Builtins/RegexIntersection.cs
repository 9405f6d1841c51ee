namespace Infra.Policy.Builtins;

/// <summary>
/// <c>regex.globs_match</c>: whether two patterns of the simple regex subset (<c>. * + ? [..] [^..]</c>, literals,
/// escapes) can match a common string, decided by searching the product of their automata.
/// </summary>
internal static class RegexIntersection
{
    private sealed record CharSet(bool Any, bool Negated, List<(char From, char To)> Ranges)
    {
        public bool Contains(char c) => Any || (Ranges.Any(r => c >= r.From && c <= r.To) != Negated);

        public bool Overlaps(CharSet other)
        {
            if (Any || other.Any) return !IsEmpty && !other.IsEmpty;
            if (Negated && other.Negated) return true;
            if (Negated) return other.Overlaps(this);
            foreach (var (from, to) in Ranges)
            {
                for (var c = from; ; c++)
                {
                    if (other.Contains(c)) return true;
                    if (c == to || c == char.MaxValue) break;
                }
            }
            return false;
        }

        private bool IsEmpty => !Any && !Negated && Ranges.Count == 0;
    }

    // An NFA: state i has transitions (set, target) and epsilon edges; the last state accepts.
    private sealed class Nfa
    {
        public List<List<(CharSet Set, int To)>> Edges { get; } = [];
        public List<List<int>> Eps { get; } = [];

        public int Add()
        {
            Edges.Add([]);
            Eps.Add([]);
            return Edges.Count - 1;
        }
    }

    public static void Register(BuiltinTable t)
        => t.Add("regex.globs_match", 2, a => Values.BoolValue.Of(Intersects(Build(Args.Str(a, 0)), Build(Args.Str(a, 1)))));

    private static Nfa Build(string pattern)
    {
        var nfa = new Nfa();
        var cur = nfa.Add();
        for (var i = 0; i < pattern.Length;)
        {
            CharSet set;
            var c = pattern[i];
            if (c == '.') { set = new CharSet(true, false, []); i++; }
            else if (c == '[')
            {
                var end = pattern.IndexOf(']', i + 2);
                if (end < 0) throw BuiltinException.Error($"input:{i}, missing closing bracket in pattern {pattern}");
                var body = pattern[(i + 1)..end];
                var neg = body.StartsWith('^');
                if (neg) body = body[1..];
                var ranges = new List<(char, char)>();
                for (var k = 0; k < body.Length; k++)
                {
                    var from = body[k] == '\\' && k + 1 < body.Length ? body[++k] : body[k];
                    if (k + 2 < body.Length && body[k + 1] == '-') { ranges.Add((from, body[k + 2])); k += 2; }
                    else ranges.Add((from, from));
                }
                set = new CharSet(false, neg, ranges);
                i = end + 1;
            }
            else if (c == '\\' && i + 1 < pattern.Length) { set = new CharSet(false, false, [(pattern[i + 1], pattern[i + 1])]); i += 2; }
            else if (c is '*' or '+' or '?') throw BuiltinException.Error($"input:{i}, unexpected repetition in pattern {pattern}");
            else { set = new CharSet(false, false, [(c, c)]); i++; }
            var next = nfa.Add();
            var quant = i < pattern.Length ? pattern[i] : '\0';
            switch (quant)
            {
                case '*':
                    nfa.Edges[cur].Add((set, cur));
                    nfa.Eps[cur].Add(next);
                    i++;
                    break;
                case '+':
                    nfa.Edges[cur].Add((set, next));
                    nfa.Edges[next].Add((set, next));
                    i++;
                    break;
                case '?':
                    nfa.Edges[cur].Add((set, next));
                    nfa.Eps[cur].Add(next);
                    i++;
                    break;
                default:
                    nfa.Edges[cur].Add((set, next));
                    break;
            }
            cur = next;
        }
        return nfa;
    }

    private static HashSet<int> Closure(Nfa n, int s)
    {
        var seen = new HashSet<int> { s };
        var stack = new Stack<int>([s]);
        while (stack.Count > 0)
        {
            foreach (var e in n.Eps[stack.Pop()])
            {
                if (seen.Add(e)) stack.Push(e);
            }
        }
        return seen;
    }

    private static bool Intersects(Nfa a, Nfa b)
    {
        var acceptA = a.Edges.Count - 1;
        var acceptB = b.Edges.Count - 1;
        var seen = new HashSet<(int, int)>();
        var queue = new Queue<(int, int)>();
        foreach (var x in Closure(a, 0))
        {
            foreach (var y in Closure(b, 0))
            {
                if (seen.Add((x, y))) queue.Enqueue((x, y));
            }
        }
        while (queue.Count > 0)
        {
            var (x, y) = queue.Dequeue();
            if (x == acceptA && y == acceptB) return true;
            foreach (var (sa, ta) in a.Edges[x])
            {
                foreach (var (sb, tb) in b.Edges[y])
                {
                    if (!sa.Overlaps(sb)) continue;
                    foreach (var cx in Closure(a, ta))
                    {
                        foreach (var cy in Closure(b, tb))
                        {
                            if (seen.Add((cx, cy))) queue.Enqueue((cx, cy));
                        }
                    }
                }
            }
        }
        return false;
    }
}
