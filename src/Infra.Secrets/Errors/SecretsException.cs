namespace Infra.Secrets;

/// <summary>Thrown by <see cref="ISecretsProvider"/> operations; carries the typed <see cref="SecretsError"/>.</summary>
public sealed class SecretsException : Exception
{
    /// <summary>Creates the exception for an error.</summary>
    public SecretsException(SecretsError error)
        : base(error.Message)
    {
        Error = error;
    }

    /// <summary>Creates the exception for an error with the exception that caused it.</summary>
    public SecretsException(SecretsError error, Exception innerException)
        : base(error.Message, innerException)
    {
        Error = error;
    }

    /// <summary>The typed error.</summary>
    public SecretsError Error { get; }
}
