using System.Text.Json.Serialization;

namespace Infra.Engine.Planning;

/// <summary>
/// Source-generated JSON for plan files: no serializer metadata is built by reflection at run time (which also lets a
/// Native AOT program save and read plans). RespectNullableAnnotations: a null where the plan format requires a value
/// is a JsonException with its path.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, MaxDepth = 256, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanJson : JsonSerializerContext;
