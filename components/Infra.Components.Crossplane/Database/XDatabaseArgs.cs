using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>Arguments of an <see cref="XDatabase"/>.</summary>
public sealed record XDatabaseArgs
{
    /// <summary>The cloud, which picks the composition.</summary>
    public DatabaseCloud Cloud { get; init; } = DatabaseCloud.Aws;

    /// <summary>The engine.</summary>
    public DatabaseEngine Engine { get; init; } = DatabaseEngine.Postgres;

    /// <summary>The engine's major version (16 for PostgreSQL, 8.0 for MySQL).</summary>
    public string EngineVersion { get; init; } = "16";

    /// <summary>The size class; each composition maps it to an instance type of its cloud.</summary>
    public DatabaseSizeClass SizeClass { get; init; } = DatabaseSizeClass.Small;

    /// <summary>Allocated storage in GiB (20-16384).</summary>
    public int StorageGb { get; init; } = 20;

    /// <summary>AWS only: the DB subnet group, e.g. the <c>SubnetGroupName</c> of an XNetwork.</summary>
    public string? SubnetGroupName { get; init; }

    /// <summary>Where the XR writes its connection secret (username, password, endpoint, port).</summary>
    public required string ConnectionSecretNamespace { get; init; }

    /// <summary>Declare a <c>Database</c> claim in <see cref="ConnectionSecretNamespace"/> instead of the cluster-scoped XR.</summary>
    public bool AsClaim { get; init; }

    /// <summary>The connection secret's name; null uses <c>&lt;name&gt;-connection</c>.</summary>
    public string? ConnectionSecretName { get; init; }

    /// <summary>The environment the composition reads region, labels and deletion policy from.</summary>
    public required CloudEnvironment Environment { get; init; }

    /// <summary>What is sent to the Kubernetes provider.</summary>
    public CompositeMode Mode { get; init; } = CompositeMode.Crossplane;
}
