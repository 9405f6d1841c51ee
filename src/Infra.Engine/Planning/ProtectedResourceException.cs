namespace Infra.Engine.Planning;

/// <summary>A step would delete or replace a protected resource.</summary>
/// <param name="urn">The resource.</param>
/// <param name="message">The full message with the remedy.</param>
public sealed class ProtectedResourceException(string urn, string message) : Exception(message)
{
    /// <summary>The protected resource.</summary>
    public string Urn { get; } = urn;
}
