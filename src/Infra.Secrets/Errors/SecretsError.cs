namespace Infra.Secrets;

/// <summary>A secrets failure as a value: a code for programs and a message for people (never holds secrets).</summary>
/// <param name="Code">The kind of failure.</param>
/// <param name="Message">A human-readable explanation naming the setting or value at fault.</param>
public sealed record SecretsError(SecretsErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
