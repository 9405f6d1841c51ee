using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Infra.Cli.Policy;

/// <summary>
/// Source-generated JSON for the plan parts <see cref="PolicyInput"/> copies as they are (config and summary), with
/// the serializer's default options.
/// </summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonNode?>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, int>))]
internal sealed partial class PolicyInputJson : JsonSerializerContext;
