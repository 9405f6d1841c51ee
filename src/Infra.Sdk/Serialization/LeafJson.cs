using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Serialization;

/// <summary>
/// Argument values that JSON writes as one string rather than as an object of their properties (dates, times, ids,
/// addresses, wide numbers), written the way System.Text.Json writes them. Byte arrays are sequences like any other
/// (a list of numbers), as arguments always wrote them.
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
[JsonSerializable(typeof(Half))]
[JsonSerializable(typeof(Int128))]
[JsonSerializable(typeof(UInt128))]
internal sealed partial class LeafJson : JsonSerializerContext;
