namespace Infra.Etcd;

/// <summary>
/// Turns etcd authentication on (and off again when deleted). etcd requires a <c>root</c> user holding the
/// <c>root</c> role first: create them as <see cref="User"/> and <see cref="Role"/> and make this resource depend on
/// them. From then on the provider needs <c>etcd:username</c> and <c>etcd:password</c> (the root user, or a user
/// with enough permissions). Turning auth off outside Infra shows up as drift.
/// </summary>
public sealed class AuthEnable : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "etcd:index/authEnable:AuthEnable";

    /// <summary>Creates the resource.</summary>
    public AuthEnable(string name, ResourceOptions? options = null)
        : base(TypeToken, name, new Dictionary<string, object>(), options)
    {
    }
}
