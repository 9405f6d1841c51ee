namespace Infra.Providers.Tls;

/// <summary>An invalid input: the field path (e.g. <c>rsaBits</c>, <c>dnsNames[2]</c>) and what is wrong with it.</summary>
/// <param name="Field">The input field path, in the resource's camelCase property names.</param>
/// <param name="Message">The complete message, starting with the field path; never contains key material.</param>
public sealed record TlsFieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
