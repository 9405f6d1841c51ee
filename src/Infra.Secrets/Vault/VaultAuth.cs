namespace Infra.Secrets.Vault;

/// <summary>How the Vault provider authenticates. <see cref="object.ToString"/> never shows credentials.</summary>
public abstract record VaultAuth
{
    private protected VaultAuth()
    {
    }
}

/// <summary>Authenticates with a fixed Vault token sent as <c>X-Vault-Token</c>.</summary>
/// <param name="Token">The Vault token.</param>
public sealed record VaultTokenAuth(string Token) : VaultAuth
{
    /// <inheritdoc />
    public override string ToString() => "VaultTokenAuth { Token = [secret] }";
}

/// <summary>Authenticates by AppRole: <c>POST /v1/auth/&lt;MountPath&gt;/login</c> with role and secret IDs.</summary>
/// <param name="RoleId">The AppRole role ID.</param>
/// <param name="SecretId">The AppRole secret ID.</param>
/// <param name="MountPath">Where the AppRole auth method is mounted; <c>approle</c> by default.</param>
public sealed record VaultAppRoleAuth(string RoleId, string SecretId, string MountPath = "approle") : VaultAuth
{
    /// <inheritdoc />
    public override string ToString() => $"VaultAppRoleAuth {{ RoleId = {RoleId}, SecretId = [secret], MountPath = {MountPath} }}";
}
