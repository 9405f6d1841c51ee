namespace Infra.Components.Tests.Secrets;

/// <summary>One occurrence of a secret (in one of its encodings) in a file or a captured output stream.</summary>
internal sealed record LeakHit(string Origin, string Form, string Where)
{
    public override string ToString() => $"{Origin} ({Form}) in {Where}";
}
