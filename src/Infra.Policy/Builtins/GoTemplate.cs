using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>
/// <c>strings.render_template</c>: a subset of Go's text/template — field paths (<c>.a.b</c>), variables,
/// <c>range</c> (with <c>$i, $v :=</c>), <c>if</c>/<c>else</c>, <c>end</c>. Missing keys render as <c>&lt;undefined&gt;</c>.
/// </summary>
internal static class GoTemplate
{
    private abstract record Node;
    private sealed record TextNode(string Text) : Node;
    private sealed record ActionNode(string Expr) : Node;
    private sealed record RangeNode(string? KeyVar, string? ValueVar, string Expr, List<Node> Body, List<Node> Else) : Node;
    private sealed record IfNode(string Expr, List<Node> Body, List<Node> Else) : Node;

    public static void Register(BuiltinTable t)
    {
        t.Add("strings.render_template", 2, a =>
        {
            var template = Args.Str(a, 0);
            var vars = Args.Obj(a, 1);
            var pos = 0;
            var nodes = ParseList(Tokenize(template), ref pos, out _);
            var sb = new StringBuilder();
            Render(nodes, vars, new Dictionary<string, Value>(), sb);
            return new StringValue(sb.ToString());
        });
    }

    private static List<(bool Action, string Text)> Tokenize(string s)
    {
        var list = new List<(bool, string)>();
        var i = 0;
        while (i < s.Length)
        {
            var open = s.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0) { list.Add((false, s[i..])); break; }
            if (open > i) list.Add((false, s[i..open]));
            var close = s.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0) throw BuiltinException.Error("template: unclosed action");
            list.Add((true, s[(open + 2)..close].Trim().Trim('-').Trim()));
            i = close + 2;
        }
        return list;
    }

    private static List<Node> ParseList(List<(bool Action, string Text)> toks, ref int pos, out string? terminator)
    {
        var nodes = new List<Node>();
        terminator = null;
        while (pos < toks.Count)
        {
            var (action, text) = toks[pos++];
            if (!action) { nodes.Add(new TextNode(text)); continue; }
            if (text is "end" or "else") { terminator = text; return nodes; }
            if (text.StartsWith("range ", StringComparison.Ordinal))
            {
                var spec = text[6..].Trim();
                string? k = null, v = null;
                var assign = spec.IndexOf(":=", StringComparison.Ordinal);
                if (assign >= 0)
                {
                    var names = spec[..assign].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (names.Length == 2) { k = names[0]; v = names[1]; } else v = names[0];
                    spec = spec[(assign + 2)..].Trim();
                }
                var body = ParseList(toks, ref pos, out var term);
                var els = term == "else" ? ParseList(toks, ref pos, out _) : [];
                nodes.Add(new RangeNode(k, v, spec, body, els));
                continue;
            }
            if (text.StartsWith("if ", StringComparison.Ordinal))
            {
                var body = ParseList(toks, ref pos, out var term);
                var els = term == "else" ? ParseList(toks, ref pos, out _) : [];
                nodes.Add(new IfNode(text[3..].Trim(), body, els));
                continue;
            }
            nodes.Add(new ActionNode(text));
        }
        return nodes;
    }

    private static void Render(List<Node> nodes, Value dot, Dictionary<string, Value> vars, StringBuilder sb)
    {
        foreach (var n in nodes)
        {
            switch (n)
            {
                case TextNode t: sb.Append(t.Text); break;
                case ActionNode a:
                    var v = Eval(a.Expr, dot, vars);
                    sb.Append(v is null ? "<undefined>" : Print(v));
                    break;
                case IfNode i:
                    Render(Truthy(Eval(i.Expr, dot, vars)) ? i.Body : i.Else, dot, vars, sb);
                    break;
                case RangeNode r:
                    var coll = Eval(r.Expr, dot, vars);
                    var entries = new List<(Value K, Value V)>();
                    switch (coll)
                    {
                        case ArrayValue arr: for (var idx = 0; idx < arr.Count; idx++) entries.Add((NumberValue.Of(idx), arr.Items[idx])); break;
                        case SetValue set: for (var idx = 0; idx < set.Count; idx++) entries.Add((NumberValue.Of(idx), set.Items[idx])); break;
                        case ObjectValue o: foreach (var kv in o.Entries) entries.Add((kv.Key, kv.Value)); break;
                    }
                    if (entries.Count == 0) Render(r.Else, dot, vars, sb);
                    foreach (var (k, val) in entries)
                    {
                        var scope = new Dictionary<string, Value>(vars);
                        if (r.KeyVar is not null) scope[r.KeyVar] = k;
                        if (r.ValueVar is not null) scope[r.ValueVar] = val;
                        Render(r.Body, val, scope, sb);
                    }
                    break;
            }
        }
    }

    private static Value? Eval(string expr, Value dot, Dictionary<string, Value> vars)
    {
        if (expr == ".") return dot;
        Value? cur;
        string[] path;
        if (expr.StartsWith('$'))
        {
            var parts = expr.Split('.');
            if (!vars.TryGetValue(parts[0], out var bound)) return null;
            cur = bound;
            path = parts[1..];
        }
        else if (expr.StartsWith('.'))
        {
            cur = dot;
            path = expr[1..].Split('.');
        }
        else if (NumberValue.Parse(expr) is { } num) return num;
        else if (expr.StartsWith('"')) return JsonConvert.TryParse(expr);
        else return null;
        foreach (var p in path)
        {
            cur = cur is ObjectValue o ? o.Get(p) : null;
            if (cur is null) return null;
        }
        return cur;
    }

    private static bool Truthy(Value? v) => v switch
    {
        null or NullValue => false,
        BoolValue b => b.Value,
        NumberValue n => n.AsDouble != 0,
        StringValue s => s.Value.Length > 0,
        ArrayValue a => a.Count > 0,
        SetValue s => s.Count > 0,
        ObjectValue o => o.Count > 0,
        _ => true,
    };

    private static string Print(Value v) => v switch
    {
        StringValue s => s.Value,
        ArrayValue a => "[" + string.Join(' ', a.Items.Select(Print)) + "]",
        ObjectValue o => "map[" + string.Join(' ', o.Entries.Select(kv => Print(kv.Key) + ":" + Print(kv.Value))) + "]",
        _ => GoSprintf.Plain(v),
    };
}
