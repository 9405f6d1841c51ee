namespace Infra.Components.Crossplane.Database;

/// <summary>The database engine of an <see cref="XDatabase"/>.</summary>
public enum DatabaseEngine
{
    /// <summary>PostgreSQL.</summary>
    Postgres,

    /// <summary>MySQL.</summary>
    Mysql,
}
