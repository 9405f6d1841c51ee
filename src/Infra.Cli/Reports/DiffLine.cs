namespace Infra.Cli.Reports;

/// <summary>One line of a property diff.</summary>
/// <param name="Marker"><c>+</c> added, <c>-</c> removed (an update shows both).</param>
/// <param name="Text">The path and value, e.g. <c>spec.replicas: 3</c>.</param>
internal sealed record DiffLine(char Marker, string Text)
{
    /// <summary>The line as in a unified diff: <c>+ spec.replicas: 3</c>.</summary>
    public override string ToString() => $"{Marker} {Text}";
}
