using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Infra.Compositions.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Infra.Compositions.Yaml;

/// <summary>
/// Writes objects the way <c>sigs.k8s.io/yaml</c> prints them (and so <c>crossplane render</c>): go-yaml v2 key
/// order, quotes only where a plain scalar would change type, literal blocks for multi-line strings.
/// </summary>
internal static class YamlWriter
{
    /// <summary>A YAML stream where every document is preceded by a <c>---</c> line.</summary>
    public static string WriteStream(IEnumerable<JsonNode?> documents, bool sortKeys = true)
    {
        var text = new System.Text.StringBuilder();
        foreach (var document in documents)
        {
            text.Append("---\n");
            text.Append(WriteDocument(document, sortKeys));
        }
        return text.ToString();
    }

    public static string WriteDocument(JsonNode? document, bool sortKeys = true)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(2, 80, false, 1024, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Emit(emitter, document, sortKeys);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(IEmitter emitter, JsonNode? node, bool sortKeys)
    {
        switch (node)
        {
            case JsonObject o:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, o.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in sortKeys ? o.OrderBy(p => p.Key, YamlKeyOrder.Instance) : o.AsEnumerable())
                {
                    EmitString(emitter, key);
                    Emit(emitter, value, sortKeys);
                }
                emitter.Emit(new MappingEnd());
                break;
            case JsonArray a:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, a.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in a) Emit(emitter, item, sortKeys);
                emitter.Emit(new SequenceEnd());
                break;
            default:
                switch (GoValue.KindOf(node))
                {
                    case GoKind.String: EmitString(emitter, GoValue.AsString(node!)); break;
                    case GoKind.Bool: Plain(emitter, GoValue.AsBool(node!) ? "true" : "false"); break;
                    case GoKind.Int or GoKind.Int64: Plain(emitter, GoValue.AsInt64(node!).ToString(CultureInfo.InvariantCulture)); break;
                    case GoKind.Float64: Plain(emitter, Number(GoValue.AsDouble(node!))); break;
                    default: Plain(emitter, "null"); break;
                }
                break;
        }
    }

    /// <summary>Numbers go through JSON first: integral values below 1e21 print as integers.</summary>
    private static string Number(double d)
    {
        if (double.IsPositiveInfinity(d)) return ".inf";
        if (double.IsNegativeInfinity(d)) return "-.inf";
        if (double.IsNaN(d)) return ".nan";
        if (Math.Floor(d) == d && Math.Abs(d) < 1e21) return new BigInteger(d).ToString(CultureInfo.InvariantCulture);
        return GoFloat.FormatG(d);
    }

    private static void Plain(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));

    private static void EmitString(IEmitter emitter, string text)
    {
        var style = text.Contains('\n') ? ScalarStyle.Literal
            : YamlScalars.NeedsQuotes(text) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Plain;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, true, true));
    }
}
