using Infra.Secrets.Passphrase;

namespace Infra.Secrets.Tests.Passphrase;

/// <summary>Opens the Pulumi vector once per test class: each key derivation costs 1,000,000 PBKDF2 rounds.</summary>
public sealed class PulumiStackFixture
{
    public PulumiStackFixture()
    {
        Provider = PassphraseSecretsProvider.FromEncryptionSalt(PulumiVector.EncryptionSalt, PulumiVector.CorrectPassphrase).GetValueOrThrow();
        ReferenceKey = PulumiReferenceCrypter.KeyFromSalt(PulumiVector.EncryptionSalt, PulumiVector.CorrectPassphrase);
    }

    internal PassphraseSecretsProvider Provider { get; }

    internal byte[] ReferenceKey { get; }
}
