using Infra.Policy.Ast;

namespace Infra.Policy.Evaluation;

/// <summary>An evaluation error that stops evaluation (conflicts, halts, cancellation); carries the diagnostic.</summary>
internal sealed class RegoEvalException(Diagnostic diagnostic) : Exception(diagnostic.OpaText)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
