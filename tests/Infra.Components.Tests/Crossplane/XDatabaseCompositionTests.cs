using System.Text.Json.Nodes;
using Infra.Components.Crossplane.Database;
using Infra.Compositions.Objects;

namespace Infra.Components.Tests.Crossplane;

public sealed class XDatabaseCompositionTests
{
    public static TheoryData<DatabaseCloud, DatabaseEngine, string, string, string> InstanceTypes => new()
    {
        { DatabaseCloud.Aws, DatabaseEngine.Postgres, "small", "spec.forProvider.instanceClass", "db.t4g.micro" },
        { DatabaseCloud.Aws, DatabaseEngine.Mysql, "large", "spec.forProvider.instanceClass", "db.r6g.xlarge" },
        { DatabaseCloud.Gcp, DatabaseEngine.Postgres, "medium", "spec.forProvider.settings.tier", "db-custom-2-7680" },
        { DatabaseCloud.Gcp, DatabaseEngine.Mysql, "small", "spec.forProvider.settings.tier", "db-f1-micro" },
        { DatabaseCloud.Azure, DatabaseEngine.Postgres, "large", "spec.forProvider.skuName", "MO_Standard_E4ds_v4" },
        { DatabaseCloud.Azure, DatabaseEngine.Mysql, "medium", "spec.forProvider.skuName", "GP_Standard_D2ds_v4" },
    };

    [Theory]
    [MemberData(nameof(InstanceTypes))]
    public void Render_SizeClass_MapsToInstanceType(DatabaseCloud cloud, DatabaseEngine engine, string sizeClass, string path, string want)
    {
        var rendered = CompositeFixtures.RenderDatabase(cloud, engine, "dev", sizeClass);
        Assert.Equal(want, (string?)CompositeFixtures.At(Assert.Single(rendered.ComposedResources), path));
    }

    public static TheoryData<DatabaseCloud, DatabaseEngine, int, string, long> Storage => new()
    {
        { DatabaseCloud.Aws, DatabaseEngine.Postgres, 50, "spec.forProvider.allocatedStorage", 50 },
        { DatabaseCloud.Aws, DatabaseEngine.Postgres, 50, "spec.forProvider.maxAllocatedStorage", 200 },
        { DatabaseCloud.Aws, DatabaseEngine.Postgres, 16384, "spec.forProvider.maxAllocatedStorage", 65536 },
        { DatabaseCloud.Gcp, DatabaseEngine.Postgres, 200, "spec.forProvider.settings.diskAutoresizeLimit", 800 },
        { DatabaseCloud.Azure, DatabaseEngine.Postgres, 20, "spec.forProvider.storageMb", 32768 },
        { DatabaseCloud.Azure, DatabaseEngine.Postgres, 200, "spec.forProvider.storageMb", 204800 },
        { DatabaseCloud.Azure, DatabaseEngine.Mysql, 200, "spec.forProvider.storage.sizeGb", 200 },
    };

    [Theory]
    [MemberData(nameof(Storage))]
    public void Render_StorageGb_DerivedByMathTransforms(DatabaseCloud cloud, DatabaseEngine engine, int storageGb, string path, long want)
    {
        var rendered = CompositeFixtures.RenderDatabase(cloud, engine, "dev", storageGb: storageGb);
        Assert.Equal(want, CompositeFixtures.At(Assert.Single(rendered.ComposedResources), path)!.GetValue<long>());
    }

    public static TheoryData<DatabaseCloud, string, string, string> EnvironmentFields => new()
    {
        { DatabaseCloud.Aws, "dev", "spec.deletionPolicy", "Delete" },
        { DatabaseCloud.Aws, "prod", "spec.deletionPolicy", "Orphan" },
        { DatabaseCloud.Aws, "staging", "spec.forProvider.region", "eu-west-1" },
        { DatabaseCloud.Gcp, "prod", "spec.forProvider.region", "europe-west1" },
        { DatabaseCloud.Gcp, "prod", "spec.forProvider.settings.availabilityType", "REGIONAL" },
        { DatabaseCloud.Gcp, "dev", "spec.forProvider.settings.availabilityType", "ZONAL" },
        { DatabaseCloud.Azure, "staging", "spec.forProvider.location", "westeurope" },
        { DatabaseCloud.Azure, "staging", "spec.forProvider.resourceGroupName", "platform-staging" },
        { DatabaseCloud.Azure, "prod", "spec.deletionPolicy", "Orphan" },
    };

    [Theory]
    [MemberData(nameof(EnvironmentFields))]
    public void Render_EnvironmentConfig_PatchesRegionAndPolicy(DatabaseCloud cloud, string environment, string path, string want)
    {
        var composed = Assert.Single(CompositeFixtures.RenderDatabase(cloud, DatabaseEngine.Postgres, environment).ComposedResources);
        Assert.Equal(want, (string?)CompositeFixtures.At(composed, path));
        Assert.Equal(environment, (string?)composed["metadata"]!["labels"]!["platform.infra.dev/environment"]);
    }

    public static TheoryData<DatabaseEngine, string> GcpVersions => new()
    {
        { DatabaseEngine.Postgres, "POSTGRES_16" },
        { DatabaseEngine.Mysql, "MYSQL_8_0" },
    };

    [Theory]
    [MemberData(nameof(GcpVersions))]
    public void Render_GcpEngineAndVersion_CombinedIntoDatabaseVersion(DatabaseEngine engine, string want)
    {
        var composed = Assert.Single(CompositeFixtures.RenderDatabase(DatabaseCloud.Gcp, engine, "dev").ComposedResources);
        Assert.Equal(want, (string?)CompositeFixtures.At(composed, "spec.forProvider.databaseVersion"));
    }

    public static TheoryData<DatabaseCloud, string> ConnectionSecrets => new()
    {
        { DatabaseCloud.Aws, "orders-rds" },
        { DatabaseCloud.Gcp, "orders-cloudsql" },
        { DatabaseCloud.Azure, "orders-flexible-server" },
    };

    [Theory]
    [MemberData(nameof(ConnectionSecrets))]
    public void Render_ManagedResource_WritesConnectionSecretForTheXr(DatabaseCloud cloud, string want)
    {
        var composed = Assert.Single(CompositeFixtures.RenderDatabase(cloud, DatabaseEngine.Postgres, "dev").ComposedResources);
        Assert.Equal(want, (string?)CompositeFixtures.At(composed, "spec.writeConnectionSecretToRef.name"));
        Assert.Equal("crossplane-system", (string?)CompositeFixtures.At(composed, "spec.writeConnectionSecretToRef.namespace"));
        var connection = XDatabase.CompositionFor(cloud, DatabaseEngine.Postgres).Resources[0].ConnectionDetails.Select(c => c.Name);
        Assert.Equal(["username", "password", "endpoint", "port"], connection);
    }

    public static TheoryData<string, int, string> SchemaViolations => new()
    {
        { "tiny", 50, "spec.parameters.sizeClass" },
        { "small", 5, "spec.parameters.storageGB" },
        { "small", 100000, "spec.parameters.storageGB" },
    };

    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public void Render_XrViolatesXrdSchema_DiagnosticNamesField(string sizeClass, int storageGb, string field)
    {
        var result = CompositeRendering.Render(XDatabaseDefinition.Definition, AwsDatabaseComposition.Composition,
            CompositeFixtures.DatabaseXr("postgres", "16", sizeClass, storageGb), [CompositeFixtures.Environment("dev").ToEnvironmentConfig()], "orders");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("orders", diagnostic.File);
        Assert.Equal(field, diagnostic.Location);
        Assert.StartsWith("does not match the XRD schema", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnvironmentWithoutRegion_ResourceWaitsForRequiredField()
    {
        var environment = new Infra.Compositions.Authoring.EnvironmentConfig("partial", new JsonObject { ["environment"] = "dev" });
        var result = CompositeRendering.Render(XDatabaseDefinition.Definition, AwsDatabaseComposition.Composition,
            CompositeFixtures.DatabaseXr("postgres", "16", "small", 20), [environment], "orders");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Rendered!.ComposedResources);
        Assert.Equal("False", (string?)result.Rendered.Composite["status"]!["conditions"]![0]!["status"]);
    }
}
