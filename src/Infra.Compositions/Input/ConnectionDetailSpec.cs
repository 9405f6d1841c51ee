namespace Infra.Compositions.Input;

/// <summary>A composed resource's connection detail.</summary>
internal sealed record ConnectionDetailSpec(string? Name, string? Type, string? FromConnectionSecretKey, string? FromFieldPath, string? Value);
