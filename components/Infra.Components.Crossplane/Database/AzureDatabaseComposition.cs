using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>
/// XDatabase on Azure: a flexible server. PostgreSQL and MySQL are different managed resource kinds on Azure
/// (<c>dbforpostgresql</c> and <c>dbformysql.azure.upbound.io</c>), so each engine has its own composition.
/// </summary>
public static class AzureDatabaseComposition
{
    /// <summary>PostgreSQL flexible server (<c>dbforpostgresql.azure.upbound.io/v1beta2</c>).</summary>
    public static Composition Postgres => Build("xdatabase-azure-postgres", "dbforpostgresql.azure.upbound.io/v1beta2", "postgres",
        new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.storageMb")
        {
            // Azure offers 32 GiB and up.
            Transforms = [new MathTransform(MathOperation.Multiply, 1024), new MathTransform(MathOperation.ClampMin, 32768)],
        });

    /// <summary>MySQL flexible server (<c>dbformysql.azure.upbound.io/v1beta2</c>).</summary>
    public static Composition Mysql => Build("xdatabase-azure-mysql", "dbformysql.azure.upbound.io/v1beta2", "mysql",
        new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.storage.sizeGb"));

    private static Composition Build(string name, string apiVersion, string engine, Patch storage) => new(name, XDatabaseDefinition.Definition.CompositeApiVersion, "XDatabase",
    [
        new ComposedResource("server", new JsonObject
        {
            ["apiVersion"] = apiVersion,
            ["kind"] = "FlexibleServer",
            ["spec"] = new JsonObject
            {
                ["forProvider"] = new JsonObject
                {
                    ["administratorLogin"] = "platform",
                    ["autoGeneratePassword"] = true,
                    ["administratorPasswordSecretRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace, ["key"] = "password" },
                    ["publicNetworkAccessEnabled"] = false,
                },
                ["writeConnectionSecretToRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace },
            },
        })
        {
            Patches =
            [
                CommonPatches.UseEnvironment,
                CommonPatches.Required("azure.location", "spec.forProvider.location"),
                CommonPatches.Required("azure.resourceGroup", "spec.forProvider.resourceGroupName"),
                new FromEnvironmentFieldPath("environment", "spec.forProvider.tags[environment]"),
                new FromEnvironmentFieldPath("production", "spec.forProvider.geoRedundantBackupEnabled"),
                new FromCompositeFieldPath(DatabasePatches.EngineVersion, "spec.forProvider.version"),
                DatabasePatches.InstanceType("spec.forProvider.skuName", "B_Standard_B1ms", "GP_Standard_D2ds_v4", "MO_Standard_E4ds_v4"),
                storage,
                DatabasePatches.PasswordSecretName("spec.forProvider.administratorPasswordSecretRef.name"),
                DatabasePatches.ConnectionSecretName("flexible-server"),
                new ToCompositeFieldPath("status.atProvider.fqdn", "status.endpoint"),
            ],
            ConnectionDetails = DatabasePatches.ConnectionDetails,
        },
    ])
    {
        PatchSets = [CommonPatches.Environment],
        Labels = new Dictionary<string, string> { ["platform.infra.dev/cloud"] = "azure", ["platform.infra.dev/engine"] = engine },
    };
}
