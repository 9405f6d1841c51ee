using System.Text.Json.Nodes;

namespace Infra.Compositions.Function;

/// <summary>A resource in a function's observed or desired state, with its connection details and ready flag.</summary>
internal sealed record ResourceState(JsonObject Resource, IReadOnlyDictionary<string, string> ConnectionDetails, string? Ready = null)
{
    public const string ReadyTrue = "READY_TRUE";
    public const string ReadyFalse = "READY_FALSE";

    public static ResourceState Of(JsonObject resource) => new(resource, new Dictionary<string, string>());
}
