using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Crossplane;

/// <summary><c>infra composition export|render</c> through the platform program's CLI.</summary>
public sealed class CompositionCliTests
{
    private const string Xr = "out/dev/70-xdatabase.platform.infra.dev_platform-db.yaml";

    [Fact]
    public async Task Export_DevStack_WritesDefinitionsThatRenderTheStacksXr()
    {
        using var project = new PlatformProject();
        var export = await project.RunAsync("composition", "export", "--stack", "dev", "--out", "exported");
        Assert.True(export.ExitCode == 0, export.ToString());
        string[] files =
        [
            "compositeresourcedefinition-xdatabases.platform.infra.dev.yaml", "compositeresourcedefinition-xnetworks.platform.infra.dev.yaml",
            "composition-xdatabase-aws.yaml", "composition-xnetwork-aws.yaml", "environmentconfig-platform-dev.yaml",
        ];
        Assert.Equal(files, Directory.GetFiles(project.Path("exported")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(project.Path("out/dev")), "export runs a preview: nothing is rendered or deployed");

        var up = await project.RunAsync("up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        var render = await project.RunAsync("composition", "render", Xr, "exported/composition-xdatabase-aws.yaml",
            "--environment", "exported/environmentconfig-platform-dev.yaml", "--xrd", "exported/compositeresourcedefinition-xdatabases.platform.infra.dev.yaml");
        Assert.True(render.ExitCode == 0, render.ToString());
        foreach (var line in new[] { "kind: Instance", "instanceClass: db.t4g.micro", "maxAllocatedStorage: 80", "region: eu-west-1", "dbSubnetGroupName: platform-network-subnet-group", "deletionPolicy: Delete" })
        {
            Assert.Contains(line, render.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_RenderedMode_Exit2SayingNothingIsDeclared()
    {
        using var project = new PlatformProject();
        project.SetDevConfig("platform:compositeMode", "rendered");
        var export = await project.RunAsync("composition", "export", "--stack", "dev", "--out", "exported");
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("declares no CompositeResourceDefinition", export.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> BadConfig => new()
    {
        { "platform:databaseStorageGb", "5", ["spec.parameters.storageGB", "does not match the XRD schema"] },
        { "platform:databaseSizeClass", "huge", ["platform:databaseSizeClass: expected one of small, medium, large, got \"huge\""] },
        { "platform:networkSubnetCidrs", "10.10.1.0/24", ["spec.parameters.subnetCidrBlocks", "does not match the XRD schema"] },
    };

    [Theory]
    [MemberData(nameof(BadConfig))]
    public async Task Preview_BadCompositeConfig_Exit2NamingTheField(string key, string value, string[] want)
    {
        using var project = new PlatformProject();
        project.SetDevConfig(key, value);
        var preview = await project.RunAsync("preview", "--stack", "dev");
        Assert.True(preview.ExitCode == 2, preview.ToString());
        foreach (var text in want)
        {
            Assert.Contains(text, preview.Out + preview.Error, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string, string[]> BadRenders => new()
    {
        {
            "unknown transform type", "type: map", "type: reverse",
            ["exported/composition-xdatabase-aws.yaml:spec.pipeline[0].input:", "resources[0].patches[3].transforms[1].type: Invalid value: \"reverse\": unknown transform type"]
        },
        {
            "invalid field path", "toFieldPath: spec.forProvider.instanceClass", "toFieldPath: spec.forProvider..instanceClass",
            ["exported/composition-xdatabase-aws.yaml:spec.pipeline[0].input:", "\"FromCompositeFieldPath\" patch at index", "cannot parse path \"spec.forProvider..instanceClass\""]
        },
        {
            "schema violation", "XR:storageGB: 20", "storageGB: 5",
            ["xr.yaml:spec.parameters.storageGB: does not match the XRD schema"]
        },
    };

    [Theory]
    [MemberData(nameof(BadRenders))]
    public async Task Render_BadInput_Exit2WithFileAndIndex(string name, string search, string replace, string[] want)
    {
        using var project = new PlatformProject();
        var export = await project.RunAsync("composition", "export", "--stack", "dev", "--out", "exported");
        Assert.True(export.ExitCode == 0, export.ToString());
        var up = await project.RunAsync("up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        File.Copy(project.Path(Xr), project.Path("xr.yaml"));
        var target = search.StartsWith("XR:", StringComparison.Ordinal) ? "xr.yaml" : "exported/composition-xdatabase-aws.yaml";
        var text = File.ReadAllText(project.Path(target));
        var find = search.StartsWith("XR:", StringComparison.Ordinal) ? search[3..] : search;
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(project.Path(target), text.Replace(find, replace, StringComparison.Ordinal));

        var render = await project.RunAsync("composition", "render", "xr.yaml", "exported/composition-xdatabase-aws.yaml",
            "--environment", "exported/environmentconfig-platform-dev.yaml", "--xrd", "exported/compositeresourcedefinition-xdatabases.platform.infra.dev.yaml");
        Assert.True(render.ExitCode == 2, $"{name}: {render}");
        foreach (var part in want)
        {
            Assert.Contains(part, render.Error.Replace(project.Directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
