using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Connection;

/// <summary>Extracts XR connection details from an observed composed resource (SPEC §6).</summary>
internal static class ConnectionDetailsExtractor
{
    public static IReadOnlyDictionary<string, string>? Extract(JsonObject observed, IReadOnlyDictionary<string, string> secret,
        IReadOnlyList<ConnectionDetailSpec> details, out string? error)
    {
        error = null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var detail in details)
        {
            if (InputValidator.ConnectionDetail(detail) is { } invalid)
            {
                error = "invalid: " + invalid;
                return null;
            }
            switch (detail.Type)
            {
                case "FromValue":
                    result[detail.Name!] = detail.Value!;
                    break;
                case "FromConnectionSecretKey":
                    if (secret.TryGetValue(detail.FromConnectionSecretKey!, out var data)) result[detail.Name!] = data;
                    break;
                default:
                    var value = Paved.Get(observed, detail.FromFieldPath!, out var readError);
                    if (readError is not null) break;
                    result[detail.Name!] = GoValue.KindOf(value) == GoKind.String ? GoValue.AsString(value!) : GoJson.Marshal(value);
                    break;
            }
        }
        return result;
    }
}
