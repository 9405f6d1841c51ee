namespace Infra.Cli.Templates;

/// <summary>The <c>component</c> template's xunit project: a plan snapshot (Infra.Testing) and argument checks.</summary>
internal static class ComponentTestTemplate
{
    public static IEnumerable<KeyValuePair<string, string>> Files(TemplateRequest request, ComponentNames n)
    {
        var folder = $"tests/{n.TestProject}/";
        yield return new(folder + n.TestProject + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
                <RootNamespace>{n.Namespace}.Tests</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{PackageSources.TestedVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{PackageSources.TestedVersion("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{PackageSources.TestedVersion("xunit.runner.visualstudio")}" />
                <PackageReference Include="Infra.Testing" Version="{request.InfraVersion}" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="../../src/{n.Project}/{n.Project}.csproj" />
              </ItemGroup>
              <ItemGroup>
                <Using Include="Xunit" />
              </ItemGroup>
            </Project>

            """);
        yield return new(folder + n.Component + "Tests.cs", $$"""
            using Infra;
            using Infra.Engine.Planning;
            using Infra.Testing;

            namespace {{n.Namespace}}.Tests;

            public sealed class {{n.Component}}Tests
            {
                public static TheoryData<{{n.Component}}Args, string> InvalidArgs => new()
                {
                    { new {{n.Component}}Args { Namespace = "apps", Replicas = 0 }, "Replicas: must be 1-50" },
                    { new {{n.Component}}Args { Namespace = "apps", Port = 70000 }, "Port: must be 1-65535" },
                    { new {{n.Component}}Args { Namespace = "Apps!" }, "Namespace: 'Apps!' is not an RFC 1123 label" },
                };

                [Fact]
                public async Task Preview_DefaultArgs_MatchesSnapshot()
                {
                    var plan = await PreviewAsync(() => _ = new {{n.Component}}("web", new {{n.Component}}Args { Namespace = "apps", Settings = new Dictionary<string, string> { ["LOG_LEVEL"] = "info" } }));

                    // Compares with Snapshots/{{n.Kebab}}.verified.json; INFRA_ACCEPT_SNAPSHOTS=1 accepts a changed plan.
                    PlanSnapshot.Verify(plan, "Snapshots/{{n.Kebab}}");
                }

                [Fact]
                public async Task Preview_DefaultArgs_CreatesTheComponentAndItsObjects()
                {
                    var plan = await PreviewAsync(() => _ = new {{n.Component}}("web", new {{n.Component}}Args { Namespace = "apps" }));

                    Assert.All(plan.Steps, step => Assert.Equal("create", step.Kind));
                    string[] expected = ["pulumi:pulumi:Stack", {{n.Component}}.TypeToken, "kubernetes:core/v1:ConfigMap", "kubernetes:apps/v1:Deployment", "kubernetes:core/v1:Service"];
                    Assert.Equal(expected.Order(StringComparer.Ordinal), plan.Steps.Select(s => s.Type).Order(StringComparer.Ordinal));
                }

                [Theory]
                [MemberData(nameof(InvalidArgs))]
                public void Create_InvalidArgs_ThrowsNamingTheArg({{n.Component}}Args args, string expected)
                {
                    var error = Assert.Throws<ConfigException>(() => new {{n.Component}}("web", args));
                    Assert.Contains(expected, error.Message, StringComparison.Ordinal);
                }

                private static Task<PlanDocument> PreviewAsync(Action body) =>
                    StackSnapshot.PreviewAsync(() => new TestStack(body), new SnapshotOptions
                    {
                        Project = "{{n.Package}}",
                        Stack = "test",
                        ProviderAssemblies = [typeof(Infra.Kubernetes.KubernetesResource<>).Assembly],
                        ProjectDirectory = Path.GetTempPath(),
                    }, CancellationToken.None);

                private sealed class TestStack : Stack
                {
                    public TestStack(Action body) => body();
                }
            }

            """);
    }
}
