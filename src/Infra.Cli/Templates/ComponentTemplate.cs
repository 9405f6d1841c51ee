namespace Infra.Cli.Templates;

/// <summary>
/// The <c>component</c> template: a reusable component package (a <c>ComponentResource</c> with an args record,
/// argument checks, XML docs and <c>dotnet pack</c> settings) and an xunit project that snapshots its plan with
/// Infra.Testing, tied together by a solution file.
/// </summary>
internal static class ComponentTemplate
{
    public static IReadOnlyDictionary<string, string> Files(TemplateRequest request)
    {
        var names = new ComponentNames(request);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{request.Project}.slnx"] = $"""
                <Solution>
                  <Project Path="src/{request.Project}/{request.Project}.csproj" />
                  <Project Path="tests/{names.TestProject}/{names.TestProject}.csproj" />
                </Solution>

                """,
            [$"src/{request.Project}/{request.Project}.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RootNamespace>{names.Namespace}</RootNamespace>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <!-- dotnet pack -o ../feed: -->
                    <PackageId>{request.Project}</PackageId>
                    <Version>0.1.0</Version>
                    <Authors>{request.Project} authors</Authors>
                    <Description>The {names.Component} component for Infra: a Deployment, its Service and a settings ConfigMap on Kubernetes.</Description>
                    <PackageTags>infra;infrastructure-as-code;kubernetes;component</PackageTags>
                    <PackageReadmeFile>README.md</PackageReadmeFile>
                  </PropertyGroup>
                  <ItemGroup>
                    <None Include="README.md" Pack="true" PackagePath="/" />
                  </ItemGroup>
                  <ItemGroup>
                    <PackageReference Include="Infra.Providers.Kubernetes" Version="{request.InfraVersion}" />
                  </ItemGroup>
                </Project>

                """,
            [$"src/{request.Project}/README.md"] = $"""
                # {request.Project}

                `{names.Component}` registers a Deployment, a ClusterIP Service and a settings ConfigMap:

                ```csharp
                var app = new {names.Component}("web", new {names.Component}Args {"{"} Namespace = "apps", Replicas = 3 {"}"});
                Endpoint = app.Endpoint;
                ```

                Pack it with `dotnet pack src/{request.Project} -o feed`; `dotnet test` runs the snapshot test in
                `tests/{names.TestProject}` (`INFRA_ACCEPT_SNAPSHOTS=1 dotnet test` accepts a changed plan).

                """,
            [$"src/{request.Project}/{names.Component}Args.cs"] = ComponentSources.Args(names),
            [$"src/{request.Project}/{names.Component}.cs"] = ComponentSources.Component(names),
            [".gitignore"] = "bin/\nobj/\n.packages/\n*.received.json\n",
        };
        foreach (var (path, text) in ComponentTestTemplate.Files(request, names))
        {
            files[path] = text;
        }
        return files;
    }
}
