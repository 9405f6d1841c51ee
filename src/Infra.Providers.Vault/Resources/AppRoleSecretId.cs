namespace Infra.Vault;

/// <summary>
/// A SecretID generated for an AppRole role; the SecretID is a secret output and every input change makes a new one. ID = the SecretID accessor.
/// </summary>
public sealed class AppRoleSecretId : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/appRoleSecretId:AppRoleSecretId";

    /// <summary>Creates the resource.</summary>
    public AppRoleSecretId(string name, AppRoleSecretIdArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        SecretIdValue = GetOutput<string>("secretId");
        Accessor = GetOutput<string>("accessor");
    }

    /// <summary>The SecretID (secret).</summary>
    public Output<string> SecretIdValue { get; }

    /// <summary>The SecretID accessor.</summary>
    public Output<string> Accessor { get; }
}
