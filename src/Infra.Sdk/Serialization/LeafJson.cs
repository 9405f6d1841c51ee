using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Serialization;

/// <summary>
/// Argument values that JSON writes as one string rather than as an object of their properties (dates, times, ids,
/// addresses, bytes), written the way System.Text.Json writes them.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(TimeOnly))]
[JsonSerializable(typeof(TimeSpan))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(Uri))]
[JsonSerializable(typeof(Version))]
[JsonSerializable(typeof(char))]
[JsonSerializable(typeof(byte[]))]
internal sealed partial class LeafJson : JsonSerializerContext;
