using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Components.Ci.Resources;

/// <summary>The JSON conventions of Kubernetes APIs: camelCase names, unset (null) fields omitted.</summary>
internal static class CrdJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
