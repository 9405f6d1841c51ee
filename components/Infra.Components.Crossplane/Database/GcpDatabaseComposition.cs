using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>XDatabase on GCP: one Cloud SQL DatabaseInstance (<c>sql.gcp.upbound.io/v1beta2</c>) for PostgreSQL or MySQL.</summary>
public static class GcpDatabaseComposition
{
    /// <summary>The composition.</summary>
    public static Composition Composition => new("xdatabase-gcp", XDatabaseDefinition.Definition.CompositeApiVersion, "XDatabase",
    [
        new ComposedResource("instance", new JsonObject
        {
            ["apiVersion"] = "sql.gcp.upbound.io/v1beta2",
            ["kind"] = "DatabaseInstance",
            ["spec"] = new JsonObject
            {
                ["forProvider"] = new JsonObject
                {
                    ["settings"] = new JsonObject { ["diskAutoresize"] = true, ["diskType"] = "PD_SSD" },
                    ["rootPasswordSecretRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace, ["key"] = "password" },
                },
                ["writeConnectionSecretToRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace },
            },
        })
        {
            Patches =
            [
                CommonPatches.UseEnvironment,
                CommonPatches.Required("gcp.region", "spec.forProvider.region"),
                new FromEnvironmentFieldPath("production", "spec.forProvider.deletionProtection"),
                new FromEnvironmentFieldPath("production", "spec.forProvider.settings.availabilityType")
                {
                    Transforms = [new ConvertTransform(ConvertType.String), MapTransform.Of(new Dictionary<string, string> { ["true"] = "REGIONAL", ["false"] = "ZONAL" })],
                },
                new FromEnvironmentFieldPath("environment", "spec.forProvider.settings.userLabels[environment]"),
                // postgres + 16 → POSTGRES_16, mysql + 8.0 → MYSQL_8_0
                new CombineFromComposite([DatabasePatches.Engine, DatabasePatches.EngineVersion], "%s_%s", "spec.forProvider.databaseVersion")
                {
                    Transforms = [StringTransform.Replace(".", "_"), StringTransform.Convert(StringConversion.ToUpper)],
                },
                DatabasePatches.InstanceType("spec.forProvider.settings.tier", "db-f1-micro", "db-custom-2-7680", "db-custom-8-30720"),
                new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.settings.diskSize"),
                new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.settings.diskAutoresizeLimit")
                {
                    Transforms = [new MathTransform(MathOperation.Multiply, 4)],
                },
                DatabasePatches.PasswordSecretName("spec.forProvider.rootPasswordSecretRef.name"),
                DatabasePatches.ConnectionSecretName("cloudsql"),
                new ToCompositeFieldPath("status.atProvider.privateIpAddress", "status.endpoint"),
            ],
            ConnectionDetails = DatabasePatches.ConnectionDetails,
        },
    ])
    {
        PatchSets = [CommonPatches.Environment],
        Labels = new Dictionary<string, string> { ["platform.infra.dev/cloud"] = "gcp" },
    };
}
