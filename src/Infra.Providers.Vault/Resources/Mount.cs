namespace Infra.Vault;

/// <summary>
/// A secrets engine mounted at a path (<c>sys/mounts</c>): kv, kv-v2, transit, pki or database. A new path or type replaces it; description, lease TTLs and options are tuned in place. ID = the path; import with that path.
/// </summary>
public sealed class Mount : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/mount:Mount";

    /// <summary>Creates the resource.</summary>
    public Mount(string name, MountArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        Path = GetOutput<string>("path");
        MountType = GetOutput<string>("type");
        Description = GetOutput<string>("description");
        DefaultLeaseTtlSeconds = GetOutput<int>("defaultLeaseTtlSeconds");
        MaxLeaseTtlSeconds = GetOutput<int>("maxLeaseTtlSeconds");
        Accessor = GetOutput<string>("accessor");
    }

    /// <summary>The mount path.</summary>
    public Output<string> Path { get; }

    /// <summary>The engine type (kv-v2 for a kv mount with version 2).</summary>
    public Output<string> MountType { get; }

    /// <summary>The live description.</summary>
    public Output<string> Description { get; }

    /// <summary>The live default lease TTL in seconds.</summary>
    public Output<int> DefaultLeaseTtlSeconds { get; }

    /// <summary>The live maximum lease TTL in seconds.</summary>
    public Output<int> MaxLeaseTtlSeconds { get; }

    /// <summary>The mount accessor Vault assigned.</summary>
    public Output<string> Accessor { get; }
}
