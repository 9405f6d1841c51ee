using Infra.Cli.Templates;

namespace Infra.Cli.Commands;

/// <summary>The files of the <c>csharp</c> template.</summary>
internal static class CSharpTemplate
{
    public static IReadOnlyDictionary<string, string> Files(TemplateRequest request) =>
        Files(request.Project, request.Identifier + "Stack", request.InfraVersion);

    private static Dictionary<string, string> Files(string project, string className, string infraVersion) => new(StringComparer.Ordinal)
    {
        ["Pulumi.yaml"] = $"""
            name: {project}
            runtime: dotnet
            description: A C# Infra program.
            config:
              greeting:
                type: string
                default: hello
            """,
        ["Pulumi.dev.yaml"] = """
            config: {}
            """,
        [$"{project}.csproj"] = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <!-- Every command is one run of this program: `dotnet publish -c Release -o bin/publish` precompiles it
                     (ReadyToRun, no JIT at start) and bin/publish/{project} preview|up|destroy runs it. -->
                <PublishReadyToRun>true</PublishReadyToRun>
                <TieredPGO>false</TieredPGO>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Infra.Cli" Version="{infraVersion}" />
                <PackageReference Include="Infra.Providers.Random" Version="{infraVersion}" />
              </ItemGroup>
            </Project>
            """,
        ["Program.cs"] = $"""
            return await Infra.Cli.InfraProgram.RunAsync<{className}>(args);
            """,
        [$"{className}.cs"] = $$"""
            using Infra;
            using Infra.Random;

            public sealed class {{className}} : Stack
            {
                public {{className}}()
                {
                    var config = new Config();
                    var password = new RandomPassword("password", new RandomStringArgs { Length = 20 });
                    Greeting = Output.Create(config.Require("greeting"));
                    Password = password.Result;
                }

                [Output] public Output<string> Greeting { get; }

                [Output] public Output<string> Password { get; }
            }
            """,
        [".gitignore"] = """
            bin/
            obj/
            .infra/
            out/
            .packages/
            """,
    };
}
