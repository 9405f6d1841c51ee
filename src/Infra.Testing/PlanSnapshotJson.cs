using System.Text.Json.Serialization;
using Infra.Engine.Planning;

namespace Infra.Testing;

/// <summary>
/// Source-generated JSON for the plans <see cref="PlanSnapshot"/> normalizes, with the serializer's default options:
/// the plan file's context is not reused because it checks nullability and nests deeper, which snapshots never did.
/// </summary>
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanSnapshotJson : JsonSerializerContext;
