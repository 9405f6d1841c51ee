namespace Infra.Consul;

/// <summary>
/// A config entry: service-defaults, proxy-defaults, service-router, service-splitter, service-resolver, service-intentions or mesh. Writes use check-and-set. ID = <c>{kind}/{name}</c>; import with it.
/// </summary>
public sealed class ConfigEntry : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/configEntry:ConfigEntry";

    /// <summary>Creates the resource.</summary>
    public ConfigEntry(string name, ConfigEntryArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        EntryKind = GetOutput<string>("kind");
        EntryName = GetOutput<string>("name");
        ModifyIndex = GetOutput<int>("modifyIndex");
    }

    /// <summary>The entry kind.</summary>
    public Output<string> EntryKind { get; }

    /// <summary>The entry name.</summary>
    public Output<string> EntryName { get; }

    /// <summary>The Raft index of the last write.</summary>
    public Output<int> ModifyIndex { get; }
}
