using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>XDatabase on AWS: one RDS Instance (<c>rds.aws.upbound.io/v1beta3</c>) for PostgreSQL or MySQL.</summary>
public static class AwsDatabaseComposition
{
    /// <summary>The composition.</summary>
    public static Composition Composition => new("xdatabase-aws", XDatabaseDefinition.Definition.CompositeApiVersion, "XDatabase",
    [
        new ComposedResource("instance", new JsonObject
        {
            ["apiVersion"] = "rds.aws.upbound.io/v1beta3",
            ["kind"] = "Instance",
            ["spec"] = new JsonObject
            {
                ["forProvider"] = new JsonObject
                {
                    ["username"] = "platform",
                    ["autoGeneratePassword"] = true,
                    ["passwordSecretRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace, ["key"] = "password" },
                    ["storageEncrypted"] = true,
                    ["publiclyAccessible"] = false,
                    ["skipFinalSnapshot"] = true,
                },
                ["writeConnectionSecretToRef"] = new JsonObject { ["namespace"] = DatabasePatches.SecretNamespace },
            },
        })
        {
            Patches =
            [
                CommonPatches.UseEnvironment,
                CommonPatches.Required("aws.region", "spec.forProvider.region"),
                new FromEnvironmentFieldPath("production", "spec.forProvider.deletionProtection"),
                new FromEnvironmentFieldPath("production", "spec.forProvider.skipFinalSnapshot")
                {
                    Transforms = [new ConvertTransform(ConvertType.String), MapTransform.Of(new Dictionary<string, string> { ["true"] = "false", ["false"] = "true" }), new ConvertTransform(ConvertType.Bool)],
                },
                new FromCompositeFieldPath(DatabasePatches.Engine, "spec.forProvider.engine"),
                new FromCompositeFieldPath(DatabasePatches.EngineVersion, "spec.forProvider.engineVersion"),
                DatabasePatches.InstanceType("spec.forProvider.instanceClass", "db.t4g.micro", "db.m6g.large", "db.r6g.xlarge"),
                new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.allocatedStorage"),
                new FromCompositeFieldPath(DatabasePatches.StorageGb, "spec.forProvider.maxAllocatedStorage")
                {
                    Transforms = [new MathTransform(MathOperation.Multiply, 4), new MathTransform(MathOperation.ClampMax, 65536)],
                },
                new FromCompositeFieldPath("spec.parameters.subnetGroupName", "spec.forProvider.dbSubnetGroupName"),
                DatabasePatches.PasswordSecretName("spec.forProvider.passwordSecretRef.name"),
                DatabasePatches.ConnectionSecretName("rds"),
                new ToCompositeFieldPath("status.atProvider.address", "status.endpoint"),
            ],
            ConnectionDetails = DatabasePatches.ConnectionDetails,
        },
    ])
    {
        PatchSets = [CommonPatches.Environment],
        Labels = new Dictionary<string, string> { ["platform.infra.dev/cloud"] = "aws" },
    };
}
