namespace Infra.Consul;

/// <summary>
/// One Consul KV entry. Creating never overwrites an existing key; updates use check-and-set on the recorded ModifyIndex, so a value changed by hand since the last refresh is not overwritten. ID = the key; import with it.
/// </summary>
public sealed class Key : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/key:Key";

    /// <summary>Creates the resource.</summary>
    public Key(string name, KeyArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        KeyPath = GetOutput<string>("key");
        Value = GetOutput<string>("value");
        Flags = GetOutput<int>("flags");
        ModifyIndex = GetOutput<int>("modifyIndex");
    }

    /// <summary>The key.</summary>
    public Output<string> KeyPath { get; }

    /// <summary>The live value.</summary>
    public Output<string> Value { get; }

    /// <summary>The live flags.</summary>
    public Output<int> Flags { get; }

    /// <summary>The Raft index of the last write.</summary>
    public Output<int> ModifyIndex { get; }
}
