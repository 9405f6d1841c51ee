namespace Infra.Vault;

/// <summary>Arguments of <see cref="PkiRole"/>.</summary>
public sealed class PkiRoleArgs : VaultResourceArgs
{
    /// <summary>The pki mount path; changing it replaces the role.</summary>
    public required Input<string> Mount { get; init; }

    /// <summary>The role name; changing it replaces the role.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The issuer that signs (an issuer name or ID; Vault's <c>default</c> when unset).</summary>
    public Input<string>? IssuerRef { get; init; }

    /// <summary>Domains certificates may be issued for.</summary>
    public InputList<string>? AllowedDomains { get; init; }

    /// <summary>Allow subdomains of <see cref="AllowedDomains"/>.</summary>
    public Input<bool>? AllowSubdomains { get; init; }

    /// <summary>Allow the allowed domains themselves.</summary>
    public Input<bool>? AllowBareDomains { get; init; }

    /// <summary>Allow any common name.</summary>
    public Input<bool>? AllowAnyName { get; init; }

    /// <summary>Certificates are valid for servers.</summary>
    public Input<bool>? ServerFlag { get; init; }

    /// <summary>Certificates are valid for clients.</summary>
    public Input<bool>? ClientFlag { get; init; }

    /// <summary><c>rsa</c>, <c>ec</c> or <c>ed25519</c>.</summary>
    public Input<string>? KeyType { get; init; }

    /// <summary>Key size.</summary>
    public Input<int>? KeyBits { get; init; }

    /// <summary>Default certificate TTL in seconds.</summary>
    public Input<int>? TtlSeconds { get; init; }

    /// <summary>Maximum certificate TTL in seconds.</summary>
    public Input<int>? MaxTtlSeconds { get; init; }
}
