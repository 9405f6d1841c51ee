using Infra.Serialization;

namespace Infra.Deployment;

/// <summary>What the SDK tells the engine about a resource being registered.</summary>
/// <param name="Inputs">The serialized arguments; faults when an output it depends on failed.</param>
/// <param name="Options">The resource options after transforms.</param>
public sealed record RegistrationRequest(Task<SerializedValue> Inputs, ResourceOptions Options);
