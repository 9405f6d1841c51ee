namespace Infra.Vault.Provider.Pki;

/// <summary>The key types Vault's pki engine accepts for CA and role keys.</summary>
internal static class PkiKeys
{
    public static readonly string[] Types = ["rsa", "ec", "ed25519"];
}
