using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

/// <summary>
/// kubectl reads YAML with go-yaml, which resolves plain scalars the YAML 1.1 way (yes/on → bool,
/// 0777 → octal, 1:20 → sexagesimal). PyYAML implements the same 1.1 resolver, so it checks that
/// strings which look like other types come back as strings.
/// </summary>
public sealed class Yaml11RoundTripTests
{
    private static readonly string[] Ambiguous =
    [
        "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "~", "", "123", "0777", "0x1F", "0b101", "1e3", "1.0", "-5", "+12",
        ".inf", "-.Inf", ".NaN", "1:20", "190:20:30.15", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "1_000", "=", "<<",
        "1Gi", "100m", "--flag", "a: b", "#x", "multi\nline\n", "  lead\ntext", "tab\tin", "quote\"s", "back\\slash", "ünïcode",
    ];

    [SkippableFact]
    public async Task Render_AmbiguousStrings_ReadBackAsStringsByYaml11Reader()
    {
        var python = ExternalProcess.FindOnPath("python3");
        Skip.If(python is null, "python3 is not installed");
        var probe = await ExternalProcess.RunAsync(python!, "-c", "import yaml");
        Skip.If(probe.ExitCode != 0, "PyYAML is not installed");

        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var data = new JsonObject();
        for (var i = 0; i < Ambiguous.Length; i++)
        {
            data[$"k{i:D2}"] = Ambiguous[i];
        }

        data[Ambiguous[0]] = "key-is-ambiguous";
        var written = await renderer.WriteAsync(TestManifests.ConfigMap("tricky", "prod", data), CancellationToken.None);

        var (exitCode, output, error) = await ExternalProcess.RunAsync(
            python!, "-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), default=repr))",
            Path.Combine(dir.Path, written.FileName!));

        Assert.True(exitCode == 0, error);
        var readBack = JsonNode.Parse(output)!["data"]!.AsObject();
        for (var i = 0; i < Ambiguous.Length; i++)
        {
            var value = readBack[$"k{i:D2}"]!.AsValue();
            Assert.True(value.GetValueKind() == System.Text.Json.JsonValueKind.String, $"{Ambiguous[i]} came back as {value.ToJsonString()}");
            Assert.Equal(Ambiguous[i], value.GetValue<string>());
        }

        Assert.Equal("key-is-ambiguous", readBack["yes"]!.GetValue<string>());
    }
}
