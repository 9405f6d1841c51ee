using System.Diagnostics;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Packaging;

/// <summary>
/// Builds a separate stack that references the packed Infra packages and the etcd component (not the projects) from the
/// shared temporary feed, and previews it. Offline: third-party packages come from the local NuGet cache, Infra packages
/// from the feed, restored into a private packages folder.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class PackageConsumerTests(LocalInfraFeed feed)
{
    [SkippableFact]
    public async Task Preview_ConsumerOfPackedComponent_PlansTheCluster()
    {
        Skip.If(LocalInfraFeed.SkipReason is not null, LocalInfraFeed.SkipReason);
        var root = Path.Combine(Path.GetTempPath(), "infra-consumer-" + Guid.NewGuid().ToString("N")[..10]);
        var app = Path.Combine(root, "app");
        Directory.CreateDirectory(app);
        try
        {
            Assert.Contains("Infra.Components.Etcd.0.1.0.nupkg", feed.Packed);
            WriteConsumer(app, feed.Feed, LocalInfraFeed.Cache);

            await RunAsync("dotnet", ["build", "-o", Path.Combine(app, "out")], app);
            var preview = await RunAsync("dotnet", [Path.Combine(app, "out", "Consumer.dll"), "preview", "--stack", "dev"], app);
            Assert.Contains("infra:components:EtcdCluster etcd create", preview, StringComparison.Ordinal);
            Assert.Contains("kubernetes:apps/v1:StatefulSet etcd create", preview, StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.GetFiles(Path.Combine(app, "out"), "*.dll"), f => Path.GetFileName(f) == "Platform.dll");
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void WriteConsumer(string app, string feed, string cache)
    {
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Infra.Cli" Version="0.1.0" />
                <PackageReference Include="Infra.Components.Etcd" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Infra;
            using Infra.Cli;
            using Infra.Components.Etcd;

            return await InfraProgram.RunAsync<ConsumerStack>(args);

            public sealed class ConsumerStack : Stack
            {
                public ConsumerStack()
                {
                    var etcd = new EtcdCluster("etcd", new EtcdClusterArgs { Namespace = "data" });
                    Endpoint = etcd.ClientEndpoint;
                }

                [Output]
                public Output<string> Endpoint { get; }
            }
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="infra" value="{feed}" />
                <add key="cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);
        // Keep the consumer outside the repository's Directory.Build.props and central package management.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Pulumi.yaml"), "name: consumer\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(app, "Pulumi.dev.yaml"), "config:\n  kubernetes:secretStore: ClusterSecretStore/platform-secrets\n");
    }

    private static async Task<string> RunAsync(string file, string[] args, string directory)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["INFRA_CONFIG_PASSPHRASE"] = "consumer";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{text}");
        return text;
    }
}
