namespace Infra.Secrets;

/// <summary>What went wrong in a secrets operation; the CLI maps these to exit codes.</summary>
public enum SecretsErrorCode
{
    /// <summary>No passphrase was configured in the environment.</summary>
    PassphraseMissing,

    /// <summary>The passphrase file named by the environment could not be read.</summary>
    PassphraseFileUnreadable,

    /// <summary>The passphrase does not match the stack's encryption salt (the CLI exits with 2).</summary>
    IncorrectPassphrase,

    /// <summary>The stack's <c>encryptionsalt</c> value is not in the <c>v1:salt:v1:nonce:ciphertext</c> form.</summary>
    MalformedEncryptionSalt,

    /// <summary>A ciphertext is not in the form this provider writes.</summary>
    MalformedCiphertext,

    /// <summary>A ciphertext is well formed but does not decrypt with this key (tampered or foreign).</summary>
    DecryptionFailed,

    /// <summary>A secrets provider URL or its settings are invalid.</summary>
    InvalidProviderSettings,

    /// <summary>The key service refused the credentials.</summary>
    AuthenticationFailed,

    /// <summary>The key service answered a request with an error.</summary>
    RequestFailed,

    /// <summary>The key service could not be reached or kept failing after retries.</summary>
    ServiceUnavailable,
}
