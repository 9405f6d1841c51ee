namespace Infra.Components.Crossplane.Database;

/// <summary>Where an <see cref="XDatabase"/> runs.</summary>
public enum DatabaseCloud
{
    /// <summary>AWS RDS (<c>rds.aws.upbound.io</c> Instance).</summary>
    Aws,

    /// <summary>GCP Cloud SQL (<c>sql.gcp.upbound.io</c> DatabaseInstance).</summary>
    Gcp,

    /// <summary>Azure Database flexible server (<c>dbforpostgresql</c>/<c>dbformysql.azure.upbound.io</c> FlexibleServer).</summary>
    Azure,
}
