namespace Infra.Etcd;

/// <summary>One permission of a <see cref="Role"/>: a key, a key range or a key prefix.</summary>
public sealed class RolePermissionArgs : ResourceArgs
{
    /// <summary>The key (or the start of the range, or the prefix).</summary>
    public required Input<string> Key { get; init; }

    /// <summary>The end of the range (exclusive); leave out for one key. Mutually exclusive with <see cref="Prefix"/>.</summary>
    public Input<string>? RangeEnd { get; init; }

    /// <summary>True: every key starting with <see cref="Key"/>.</summary>
    public Input<bool>? Prefix { get; init; }

    /// <summary><c>read</c>, <c>write</c> or <c>readwrite</c>.</summary>
    public required Input<string> Permission { get; init; }
}
