namespace Infra.Compositions;

/// <summary>
/// A user mistake found while rendering: the file it is in, where in the file (<c>line:col</c> or a field path
/// such as <c>spec.pipeline[0].input.resources[1].patches[0].transforms[2]</c>), and what is wrong.
/// </summary>
/// <param name="File">The file the problem is in, as given by the caller.</param>
/// <param name="Location">A <c>line:col</c> position or field path inside the file, when known.</param>
/// <param name="Message">What is wrong, in upstream wording where upstream has one.</param>
public sealed record CompositionDiagnostic(string File, string? Location, string Message)
{
    /// <summary>Formats as <c>file:location: message</c> (or <c>file: message</c>).</summary>
    public override string ToString() => Location is null ? $"{File}: {Message}" : $"{File}:{Location}: {Message}";
}
