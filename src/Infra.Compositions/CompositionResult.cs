namespace Infra.Compositions;

/// <summary>The outcome of a composition command: an exit code, the text for stdout, and any diagnostics for stderr.</summary>
/// <param name="ExitCode">0 on success, 1 when conformance cases failed, 2 for bad input (see <see cref="CompositionExitCodes"/>).</param>
/// <param name="Output">Text for standard output (the YAML stream, a report, or exported YAML).</param>
/// <param name="Diagnostics">Problems with the input; empty on success.</param>
public sealed record CompositionResult(int ExitCode, string Output, IReadOnlyList<CompositionDiagnostic> Diagnostics)
{
    /// <summary>True when the command did what was asked.</summary>
    public bool Succeeded => ExitCode == CompositionExitCodes.Success;

    /// <summary>A successful result carrying <paramref name="output"/>.</summary>
    public static CompositionResult Success(string output) => new(CompositionExitCodes.Success, output, []);

    /// <summary>A bad-input result with one diagnostic.</summary>
    public static CompositionResult BadInput(CompositionDiagnostic diagnostic) => new(CompositionExitCodes.BadInput, "", [diagnostic]);
}
