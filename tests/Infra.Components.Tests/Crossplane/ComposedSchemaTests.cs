using Infra.Components.Crossplane.Database;
using Infra.Components.Tests.Support;
using Infra.Compositions.Objects;

namespace Infra.Components.Tests.Crossplane;

/// <summary>The managed resources the XDatabase compositions produce conform to the upstream provider CRDs in ../shared/schemas.</summary>
public sealed class ComposedSchemaTests
{
    public static TheoryData<DatabaseCloud, DatabaseEngine, string, string> Cases
    {
        get
        {
            var data = new TheoryData<DatabaseCloud, DatabaseEngine, string, string>();
            foreach (var environment in new[] { "dev", "staging", "prod" })
            {
                data.Add(DatabaseCloud.Aws, DatabaseEngine.Postgres, environment, "provider-upjet-aws/rds.aws.upbound.io_instances.yaml");
                data.Add(DatabaseCloud.Aws, DatabaseEngine.Mysql, environment, "provider-upjet-aws/rds.aws.upbound.io_instances.yaml");
                data.Add(DatabaseCloud.Gcp, DatabaseEngine.Postgres, environment, "provider-upjet-gcp/sql.gcp.upbound.io_databaseinstances.yaml");
                data.Add(DatabaseCloud.Gcp, DatabaseEngine.Mysql, environment, "provider-upjet-gcp/sql.gcp.upbound.io_databaseinstances.yaml");
                data.Add(DatabaseCloud.Azure, DatabaseEngine.Postgres, environment, "provider-upjet-azure/dbforpostgresql.azure.upbound.io_flexibleservers.yaml");
            }
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Render_ComposedResource_ConformsToUpstreamCrd(DatabaseCloud cloud, DatabaseEngine engine, string environment, string crd)
    {
        var path = Path.Combine(RepositoryRoot.Path, "..", "shared", "schemas", "crds", crd);
        Skip.If(!File.Exists(path) && Environment.GetEnvironmentVariable("CI") != "true", $"{path} is not present");
        var composed = Assert.Single(CompositeFixtures.RenderDatabase(cloud, engine, environment).ComposedResources);
        var problems = SchemaValidation.Validate(path, composed, $"{cloud}/{engine}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Validate_WrongFieldType_ReportsFieldPath()
    {
        var path = Path.Combine(RepositoryRoot.Path, "..", "shared", "schemas", "crds", "provider-upjet-aws/rds.aws.upbound.io_instances.yaml");
        Skip.If(!File.Exists(path) && Environment.GetEnvironmentVariable("CI") != "true", $"{path} is not present");
        var composed = Assert.Single(CompositeFixtures.RenderDatabase(DatabaseCloud.Aws, DatabaseEngine.Postgres, "dev").ComposedResources);
        composed["spec"]!["forProvider"]!["allocatedStorage"] = "fifty";
        var problem = Assert.Single(SchemaValidation.Validate(path, composed, "aws"));
        Assert.Equal("spec.forProvider.allocatedStorage", problem.Location);
    }
}
