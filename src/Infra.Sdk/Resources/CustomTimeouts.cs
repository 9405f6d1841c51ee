namespace Infra;

/// <summary>How long the engine waits for each provider operation before failing the step.</summary>
/// <param name="Create">Create timeout.</param>
/// <param name="Update">Update timeout.</param>
/// <param name="Delete">Delete timeout.</param>
public sealed record CustomTimeouts(TimeSpan? Create = null, TimeSpan? Update = null, TimeSpan? Delete = null);
