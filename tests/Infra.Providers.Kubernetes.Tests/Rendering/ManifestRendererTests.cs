using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class ManifestRendererTests
{
    private static readonly string[] StackFiles =
    [
        "00-namespace_ci.yaml",
        "00-namespace_prod.yaml",
        "01-customresourcedefinition_widgets.example.com.yaml",
        "14-configmap_prod_settings.yaml",
        "30-service_prod_web.yaml",
        "44-deployment_prod_web.yaml",
        "70-pipeline.tekton.dev_ci_build.yaml",
    ];

    [Fact]
    public async Task WriteAsync_Stack_OneFilePerObjectInApplyOrderWithKustomization()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);

        foreach (var manifest in RenderFixtures.Stack())
        {
            Assert.Equal(RenderOutcome.Created, (await renderer.WriteAsync(manifest, CancellationToken.None)).Outcome);
        }

        Assert.True(await renderer.FinalizeAsync(CancellationToken.None));

        Assert.Equal(StackFiles.Append("kustomization.yaml").Order(StringComparer.Ordinal), Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var expectedKustomization = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + string.Concat(StackFiles.Select(f => $"- {f}\n"));
        Assert.Equal(expectedKustomization, await File.ReadAllTextAsync(Path.Combine(dir.Path, "kustomization.yaml")));
        Assert.Equal(
            """
            apiVersion: v1
            data:
              enabled: "yes"
              port: "8080"
              script: |
                #!/bin/sh
                echo ok
            kind: ConfigMap
            metadata:
              name: settings
              namespace: prod

            """.ReplaceLineEndings("\n"),
            await File.ReadAllTextAsync(Path.Combine(dir.Path, "14-configmap_prod_settings.yaml")));
    }

    [Fact]
    public async Task WriteAsync_SameStackTwice_ByteIdenticalOutput()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        foreach (var (dir, stack) in new[] { (first, RenderFixtures.Stack()), (second, RenderFixtures.Stack().Reverse().ToList()) })
        {
            var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
            await Task.WhenAll(stack.Select(m => renderer.WriteAsync(m, CancellationToken.None)));
            await renderer.FinalizeAsync(CancellationToken.None);
        }

        foreach (var file in Directory.GetFiles(first.Path).Select(Path.GetFileName))
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first.Path, file!)), await File.ReadAllBytesAsync(Path.Combine(second.Path, file!)));
        }

        Assert.Equal(Directory.GetFiles(first.Path).Length, Directory.GetFiles(second.Path).Length);
    }

    [Fact]
    public async Task WriteAsync_SecondRunWithOneChange_RewritesOnlyThatFile()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        foreach (var manifest in RenderFixtures.Stack())
        {
            await renderer.WriteAsync(manifest, CancellationToken.None);
        }

        await renderer.FinalizeAsync(CancellationToken.None);
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(dir.Path))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var rerun = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var outcomes = new List<RenderOutcome>();
        foreach (var manifest in RenderFixtures.Stack())
        {
            if (manifest["kind"]!.GetValue<string>() == "Deployment")
            {
                manifest["spec"]!["replicas"] = 5;
            }

            outcomes.Add((await rerun.WriteAsync(manifest, CancellationToken.None)).Outcome);
        }

        Assert.False(await rerun.FinalizeAsync(CancellationToken.None));
        Assert.Equal(1, outcomes.Count(o => o == RenderOutcome.Updated));
        Assert.Equal(6, outcomes.Count(o => o == RenderOutcome.Unchanged));
        var touched = Directory.GetFiles(dir.Path).Where(f => File.GetLastWriteTimeUtc(f) > old.AddMinutes(1)).Select(Path.GetFileName);
        Assert.Equal(["44-deployment_prod_web.yaml"], touched);
    }

    [Fact]
    public async Task DeleteAsync_ExistingObject_RemovesFileAndKustomizationEntry()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        foreach (var manifest in RenderFixtures.Stack())
        {
            await renderer.WriteAsync(manifest, CancellationToken.None);
        }

        await renderer.FinalizeAsync(CancellationToken.None);

        var reopened = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var deleted = await reopened.DeleteAsync(new ResourceIdentity("v1", "Service", "prod", "web"), CancellationToken.None);
        var missing = await reopened.DeleteAsync(new ResourceIdentity("v1", "Service", "prod", "nope"), CancellationToken.None);
        Assert.True(await reopened.FinalizeAsync(CancellationToken.None));

        Assert.Equal(new RenderResult(RenderOutcome.Deleted, "30-service_prod_web.yaml", null), deleted);
        Assert.Equal(RenderOutcome.NotFound, missing.Outcome);
        Assert.False(File.Exists(Path.Combine(dir.Path, "30-service_prod_web.yaml")));
        var kustomization = await File.ReadAllTextAsync(Path.Combine(dir.Path, "kustomization.yaml"));
        Assert.DoesNotContain("service", kustomization);
        Assert.Contains("- 44-deployment_prod_web.yaml", kustomization);
    }

    [Fact]
    public async Task WriteAsync_AddingObject_DoesNotRenameExistingFiles()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        foreach (var manifest in RenderFixtures.Stack())
        {
            await renderer.WriteAsync(manifest, CancellationToken.None);
        }

        var before = renderer.Files.ToList();
        await renderer.WriteAsync(TestManifests.Namespace("aaa-first"), CancellationToken.None);

        Assert.Equal(before.Append("00-namespace_aaa-first.yaml").Order(StringComparer.Ordinal), renderer.Files);
        Assert.Equal("00-namespace_aaa-first.yaml", renderer.Files[0]);
    }

    [Fact]
    public async Task WriteAsync_InvalidManifest_FailsWithFieldPath()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var manifest = JsonNode.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"cfg-"}}""")!.AsObject();

        var result = await renderer.WriteAsync(manifest, CancellationToken.None);

        Assert.Equal(RenderOutcome.Failed, result.Outcome);
        Assert.Equal("metadata.name", result.Error!.Path);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task WriteAsync_ServerFieldsAndStatus_NotWritten()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var manifest = JsonNode.Parse(ApiResponses.Stored(TestManifests.Deployment().ToJsonString(), """{"replicas":3}"""))!.AsObject();

        var result = await renderer.WriteAsync(manifest, CancellationToken.None);

        var yaml = await File.ReadAllTextAsync(Path.Combine(dir.Path, result.FileName!));
        Assert.DoesNotContain("creationTimestamp", yaml);
        Assert.DoesNotContain("resourceVersion", yaml);
        Assert.DoesNotContain("managedFields", yaml);
        Assert.DoesNotContain("status", yaml);
        Assert.DoesNotContain("uid", yaml);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWrites_AllFilesListed()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var manifests = Enumerable.Range(0, 200).Select(i => TestManifests.Deployment($"app-{i:D3}", "prod")).ToList();

        await Parallel.ForEachAsync(manifests, async (m, ct) => await renderer.WriteAsync(m, ct));
        await renderer.FinalizeAsync(CancellationToken.None);

        Assert.Equal(200, renderer.Files.Count);
        Assert.Equal(201, Directory.GetFiles(dir.Path).Length);
        Assert.Equal("44-deployment_prod_app-000.yaml", renderer.Files[0]);
    }
}
