namespace Infra.Compositions;

/// <summary>Exit codes of the composition commands.</summary>
public static class CompositionExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>Conformance ran, and some cases failed.</summary>
    public const int Failures = 1;

    /// <summary>The input was unreadable or invalid (YAML errors, schema violations, invalid patches, …).</summary>
    public const int BadInput = 2;
}
