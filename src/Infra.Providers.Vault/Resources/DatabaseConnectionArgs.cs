namespace Infra.Vault;

/// <summary>Arguments of <see cref="DatabaseConnection"/>.</summary>
public sealed class DatabaseConnectionArgs : VaultResourceArgs
{
    /// <summary>The database mount path (default <c>database</c>); changing it replaces the connection.</summary>
    public Input<string>? Mount { get; init; }

    /// <summary>The connection name; changing it replaces the connection.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The database plugin, e.g. <c>postgresql-database-plugin</c>; changing it replaces the connection.</summary>
    public required Input<string> PluginName { get; init; }

    /// <summary>The connection URL with <c>{{username}}</c> and <c>{{password}}</c> templates (never the password itself).</summary>
    public required Input<string> ConnectionUrl { get; init; }

    /// <summary>The user Vault connects as.</summary>
    public Input<string>? Username { get; init; }

    /// <summary>That user's password; always secret.</summary>
    public Input<string>? Password { get; init; }

    /// <summary>Roles allowed to use the connection (<c>*</c> for all).</summary>
    public InputList<string>? AllowedRoles { get; init; }

    /// <summary>Whether Vault checks the connection when it is written (Vault's default: true).</summary>
    public Input<bool>? VerifyConnection { get; init; }
}
