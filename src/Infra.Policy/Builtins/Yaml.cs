using System.Text;
using Infra.Policy.Values;
using YamlDotNet.Core;

namespace Infra.Policy.Builtins;

/// <summary><c>yaml.marshal</c>, <c>yaml.unmarshal</c> and <c>yaml.is_valid</c> (YAML 1.2 core schema).</summary>
internal static class Yaml
{
    public static void Register(BuiltinTable t)
    {
        t.Add("yaml.unmarshal", 1, a => Unmarshal(Args.Str(a, 0)));
        t.Add("yaml.is_valid", 1, a =>
        {
            if (a[0] is not StringValue s) return BoolValue.False;
            try
            {
                Unmarshal(s.Value);
                return BoolValue.True;
            }
            catch (BuiltinException)
            {
                return BoolValue.False;
            }
        });
        t.Add("yaml.marshal", 1, a =>
        {
            var sb = new StringBuilder();
            Emit(sb, a[0], 0, inSequence: false);
            if (sb.Length == 0 || sb[^1] != '\n') sb.Append('\n');
            return new StringValue(sb.ToString());
        });
    }

    private static Value Unmarshal(string text)
    {
        try
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? NullValue.Instance : YamlValueReader.ToValue(stream.Documents[0].RootNode);
        }
        catch (YamlException ex)
        {
            var msg = ex.Message;
            var idx = msg.IndexOf("did not find", StringComparison.Ordinal);
            var detail = idx >= 0 ? msg[idx..].TrimEnd('.') : msg.TrimEnd('.');
            throw BuiltinException.Error($"yaml: line {Math.Clamp(ex.Start.Line, 1, text.Split('\n').Length)}: {detail}");
        }
    }

    private static void Emit(StringBuilder sb, Value v, int indent, bool inSequence)
    {
        var pad = new string(' ', indent);
        switch (v)
        {
            case ArrayValue or SetValue:
                var items = v is ArrayValue av ? av.Items : ((SetValue)v).Items;
                if (items.Count == 0) { sb.Append("[]\n"); return; }
                if (inSequence) sb.Append('\n');
                foreach (var item in items)
                {
                    sb.Append(pad).Append("- ");
                    EmitNested(sb, item, indent + 2);
                }
                return;
            case ObjectValue o:
                if (o.Count == 0) { sb.Append("{}\n"); return; }
                if (inSequence) sb.Append('\n');
                var first = true;
                foreach (var kv in o.Entries.OrderBy(e => ValueFormatter.KeyText(e.Key), StringComparer.Ordinal))
                {
                    if (!(first && false)) sb.Append(pad);
                    first = false;
                    sb.Append(Scalar(new StringValue(ValueFormatter.KeyText(kv.Key)))).Append(':');
                    if (kv.Value is ArrayValue { Count: > 0 } or SetValue { Count: > 0 } or ObjectValue { Count: > 0 })
                    {
                        sb.Append('\n');
                        Emit(sb, kv.Value, kv.Value is ObjectValue ? indent + 4 : indent + 4, inSequence: false);
                    }
                    else
                    {
                        sb.Append(' ');
                        Emit(sb, kv.Value, indent + 4, inSequence: false);
                    }
                }
                return;
            default:
                sb.Append(Scalar(v)).Append('\n');
                return;
        }
    }

    // The first line of a nested block continues after "- ".
    private static void EmitNested(StringBuilder sb, Value v, int indent)
    {
        var inner = new StringBuilder();
        Emit(inner, v, indent, inSequence: false);
        var text = inner.ToString();
        sb.Append(v is ArrayValue { Count: > 0 } or SetValue { Count: > 0 } or ObjectValue { Count: > 0 } ? text.TrimStart(' ') : text);
    }

    private static string Scalar(Value v) => v switch
    {
        NullValue => "null",
        BoolValue b => b.Value ? "true" : "false",
        NumberValue n => n.ToJsonText(),
        StringValue s => NeedsQuotes(s.Value) ? ValueFormatter.ToJson(s, html: false) : s.Value,
        _ => ValueFormatter.ToJson(v, html: false),
    };

    private static bool NeedsQuotes(string s)
        => s.Length == 0 || s is "null" or "true" or "false" or "~" || NumberValue.Parse(s) is not null
           || s.Any(c => ":#{}[],&*!|>'\"%@`\n\t".Contains(c)) || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s[0] is '-' or '?';
}
