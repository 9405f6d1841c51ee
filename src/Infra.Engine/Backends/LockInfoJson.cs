using System.Text.Json.Serialization;

namespace Infra.Engine.Backends;

/// <summary>
/// Source-generated JSON for <see cref="LockInfo"/>: every command takes a lock, and the reflection-based serializer
/// spent more on building its metadata (and emitting accessors) than the write itself.
/// </summary>
[JsonSerializable(typeof(LockInfo))]
public sealed partial class LockInfoJson : JsonSerializerContext;
