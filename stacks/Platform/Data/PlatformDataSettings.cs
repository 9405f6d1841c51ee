using Infra;
using Infra.Components.Crossplane.Composites;
using Infra.Components.Crossplane.Database;

namespace Platform.Data;

/// <summary>The platform's Crossplane composites, read from the <c>platform:*</c> keys (defaults in Pulumi.yaml).</summary>
/// <param name="Environment">The cloud environment the compositions read.</param>
/// <param name="Mode">Crossplane objects or locally rendered managed resources.</param>
/// <param name="Database">The database (its connection secret lands in the platform namespace).</param>
/// <param name="NetworkCidr">The VPC's CIDR block.</param>
/// <param name="SubnetCidrs">The two private subnets.</param>
public sealed record PlatformDataSettings(CloudEnvironment Environment, CompositeMode Mode, XDatabaseArgs Database, string NetworkCidr, IReadOnlyList<string> SubnetCidrs)
{
    /// <summary>Reads the settings; a bad value throws a <see cref="ConfigException"/> naming its key.</summary>
    public static PlatformDataSettings Read(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var environment = new CloudEnvironment(
            config.Get("environment") ?? "dev",
            config.GetBoolean("production") ?? false,
            config.Get("awsRegion") ?? "eu-west-1",
            config.Get("gcpRegion") ?? "europe-west1",
            config.Get("azureLocation") ?? "westeurope",
            config.Get("azureResourceGroup") ?? "platform");
        var subnets = (config.Get("networkSubnetCidrs") ?? "10.0.1.0/24,10.0.2.0/24").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var mode = Parse<CompositeMode>(config, "compositeMode", CompositeMode.Crossplane);
        var database = new XDatabaseArgs
        {
            Cloud = Parse(config, "databaseCloud", DatabaseCloud.Aws),
            Engine = Parse(config, "databaseEngine", DatabaseEngine.Postgres),
            EngineVersion = config.Get("databaseEngineVersion") ?? "16",
            SizeClass = Parse(config, "databaseSizeClass", DatabaseSizeClass.Small),
            StorageGb = config.GetInt32("databaseStorageGb") ?? 20,
            ConnectionSecretNamespace = "platform",
            Environment = environment,
            Mode = mode,
        };
        return new PlatformDataSettings(environment, mode, database, config.Get("networkCidr") ?? "10.0.0.0/16", subnets);
    }

    private static T Parse<T>(Config config, string key, T fallback)
        where T : struct, Enum
    {
        var text = config.Get(key);
        if (text is null) return fallback;
        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ConfigException($"platform:{key}: expected one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, got \"{text}\"");
    }
}
