namespace Infra.Policy;

/// <summary>Settings for a <see cref="RegoEngine"/>.</summary>
public sealed record RegoOptions
{
    /// <summary>When true, the first builtin error fails the query (OPA's <c>strict-builtin-errors</c>); otherwise the call is undefined.</summary>
    public bool StrictBuiltinErrors { get; init; }

    /// <summary>Wall-clock budget for one evaluation; null for none.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Maximum evaluation steps for one evaluation; null for none.</summary>
    public long? MaxSteps { get; init; }

    /// <summary>Enables the experimental <c>and</c>/<c>or</c> expression keywords and <c>not { … }</c> blocks.</summary>
    public bool ExperimentalKeywords { get; init; }

    /// <summary>Allows network builtins (<c>http.send</c>, <c>net.lookup_ip_addr</c>); off by default.</summary>
    public bool AllowNetwork { get; init; }

    /// <summary>Receives the output of <c>print</c>; null discards it.</summary>
    public Action<string>? Print { get; init; }

    /// <summary>Clock used by time builtins.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
