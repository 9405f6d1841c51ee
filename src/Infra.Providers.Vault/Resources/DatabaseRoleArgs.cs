namespace Infra.Vault;

/// <summary>Arguments of <see cref="DatabaseRole"/>.</summary>
public sealed class DatabaseRoleArgs : VaultResourceArgs
{
    /// <summary>The database mount path (default <c>database</c>); changing it replaces the role.</summary>
    public Input<string>? Mount { get; init; }

    /// <summary>The role name; changing it replaces the role.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The connection the role uses.</summary>
    public required Input<string> DbName { get; init; }

    /// <summary>Statements that create the user (templates <c>{{name}}</c>, <c>{{password}}</c>, <c>{{expiration}}</c>).</summary>
    public required InputList<string> CreationStatements { get; init; }

    /// <summary>Statements that drop the user.</summary>
    public InputList<string>? RevocationStatements { get; init; }

    /// <summary>Default credential TTL in seconds.</summary>
    public Input<int>? DefaultTtlSeconds { get; init; }

    /// <summary>Maximum credential TTL in seconds.</summary>
    public Input<int>? MaxTtlSeconds { get; init; }
}
