using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Engine.Planning;

namespace Infra.Cli.Reports;

/// <summary>
/// A step's property-level diff as lines: every input of a create (<c>+</c>) or delete (<c>-</c>), the old and new
/// value of each changed path of an update or replace. Plan values are already redacted, so secrets read
/// <c>[secret]</c> and values not known before apply <c>[unknown]</c>.
/// </summary>
internal static class PropertyLines
{
    /// <summary>Values longer than this are shortened, saying how much was left out.</summary>
    public const int MaxValueLength = 400;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<DiffLine> For(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var lines = new List<DiffLine>();
        switch (step.Kind)
        {
            case "create":
                Flatten(step.NewInputs, "", (path, value) => lines.Add(new DiffLine('+', $"{path}: {Render(value)}")));
                break;
            case "delete" or "delete-replaced":
                Flatten(step.OldInputs, "", (path, value) => lines.Add(new DiffLine('-', $"{path}: {Render(value)}")));
                break;
            case "update" or "replace":
                foreach (var change in step.Diff)
                {
                    var note = step.ReplacePaths.Contains(change.Path) ? " (forces replacement)" : "";
                    if (change.Kind != "add")
                    {
                        lines.Add(new DiffLine('-', $"{change.Path}: {Render(change.Old)}{note}"));
                    }
                    if (change.Kind != "delete")
                    {
                        lines.Add(new DiffLine('+', $"{change.Path}: {Render(change.New)}{note}"));
                    }
                }
                break;
        }
        return lines;
    }

    /// <summary>A value as compact JSON; <c>[secret]</c> and <c>[unknown]</c> without quotes.</summary>
    public static string Render(JsonNode? value)
    {
        if (value is JsonValue scalar && scalar.TryGetValue<string>(out var text) && text is "[secret]" or "[unknown]")
        {
            return text;
        }
        var json = value?.ToJsonString(Compact) ?? "null";
        return json.Length <= MaxValueLength ? json : $"{json[..MaxValueLength]}… ({json.Length - MaxValueLength} more characters)";
    }

    /// <summary>Calls <paramref name="leaf"/> for every scalar, empty object and empty array, with its path.</summary>
    private static void Flatten(JsonNode? node, string path, Action<string, JsonNode?> leaf)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Flatten(value, Join(path, key), leaf);
                }
                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", leaf);
                }
                break;
            default:
                if (path.Length > 0)
                {
                    leaf(path, node);
                }
                break;
        }
    }

    private static string Join(string path, string key)
    {
        var plain = key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$');
        var segment = plain ? key : $"[{JsonValue.Create(key).ToJsonString(Compact)}]";
        return path.Length == 0 ? segment : plain ? $"{path}.{segment}" : path + segment;
    }
}
