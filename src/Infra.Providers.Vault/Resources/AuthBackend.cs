namespace Infra.Vault;

/// <summary>
/// An auth method (<c>sys/auth</c>): approle, kubernetes, jwt or oidc. Description and lease TTLs are tuned in place; <c>config</c> is written to <c>auth/{path}/config</c>. ID = the path.
/// </summary>
public sealed class AuthBackend : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/authBackend:AuthBackend";

    /// <summary>Creates the resource.</summary>
    public AuthBackend(string name, AuthBackendArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        Path = GetOutput<string>("path");
        BackendType = GetOutput<string>("type");
        Accessor = GetOutput<string>("accessor");
    }

    /// <summary>The mount path.</summary>
    public Output<string> Path { get; }

    /// <summary>The method type.</summary>
    public Output<string> BackendType { get; }

    /// <summary>The mount accessor (used in identity templates).</summary>
    public Output<string> Accessor { get; }
}
