using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class SecretRenderingTests
{
    private const string EncodedValue = "c3VwZXItc2VjcmV0LXZhbHVl";
    private const string PlainValue = "admin-user-plaintext";

    [Fact]
    public async Task WriteAsync_SecretWithoutOptIn_RefusedWithClearError()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);

        var result = await renderer.WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        Assert.Equal(RenderOutcome.Failed, result.Outcome);
        Assert.Equal("v1 Secret prod/db", result.Error!.Resource);
        Assert.Equal("data", result.Error.Path);
        Assert.Contains("kubernetes:renderSecrets: true", result.Error.Message);
        Assert.DoesNotContain(EncodedValue, result.Error.ToString());
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task WriteAsync_SecretWithStore_RendersExternalSecretWithoutValues()
    {
        using var dir = new TempDirectory();
        var options = new RenderOptions(dir.Path) { SecretStore = new SecretStoreReference("ClusterSecretStore", "vault", "apps/") };
        var renderer = await ManifestRenderer.OpenAsync(options, CancellationToken.None);

        var result = await renderer.WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        Assert.Equal(new RenderResult(RenderOutcome.Created, "13-externalsecret.external-secrets.io_prod_db.yaml", null), result);
        var yaml = await File.ReadAllTextAsync(Path.Combine(dir.Path, result.FileName!));
        Assert.Equal(
            """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              labels:
                app: db
              name: db
              namespace: prod
            spec:
              data:
              - remoteRef:
                  key: apps/prod/db
                  property: password
                secretKey: password
              - remoteRef:
                  key: apps/prod/db
                  property: username
                secretKey: username
              secretStoreRef:
                kind: ClusterSecretStore
                name: vault
              target:
                creationPolicy: Owner
                name: db
                template:
                  metadata:
                    labels:
                      app: db
                  type: Opaque

            """.ReplaceLineEndings("\n"),
            yaml);
    }

    [Fact]
    public async Task WriteAsync_SecretOptedIn_WritesValues()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path) { RenderSecrets = true }, CancellationToken.None);

        var result = await renderer.WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        Assert.Equal("13-secret_prod_db.yaml", result.FileName);
        var yaml = await File.ReadAllTextAsync(Path.Combine(dir.Path, result.FileName!));
        Assert.Contains($"password: {EncodedValue}", yaml);
        Assert.Contains($"username: {PlainValue}", yaml);
    }

    [Fact]
    public async Task WriteAsync_SecretWithoutValues_WrittenAsIs()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var secret = TestManifests.Secret("tls", "prod");
        secret.Remove("data");
        secret.Remove("stringData");

        var result = await renderer.WriteAsync(secret, CancellationToken.None);

        Assert.Equal(RenderOutcome.Created, result.Outcome);
        Assert.Equal("13-secret_prod_tls.yaml", result.FileName);
    }

    [Fact]
    public async Task DeleteAsync_SecretRenderedAsExternalSecret_RemovesStandIn()
    {
        using var dir = new TempDirectory();
        var options = new RenderOptions(dir.Path) { SecretStore = new SecretStoreReference("SecretStore", "vault") };
        var renderer = await ManifestRenderer.OpenAsync(options, CancellationToken.None);
        await renderer.WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        var result = await renderer.DeleteAsync(new ResourceIdentity("v1", "Secret", "prod", "db"), CancellationToken.None);

        Assert.Equal(RenderOutcome.Deleted, result.Outcome);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task WriteAsync_SecretSwitchesToPlaintext_OldStandInRemoved()
    {
        using var dir = new TempDirectory();
        var withStore = new RenderOptions(dir.Path) { SecretStore = new SecretStoreReference("SecretStore", "vault") };
        await (await ManifestRenderer.OpenAsync(withStore, CancellationToken.None)).WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        var plaintext = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path) { RenderSecrets = true }, CancellationToken.None);
        await plaintext.WriteAsync(TestManifests.Secret("db", "prod"), CancellationToken.None);

        Assert.Equal(["13-secret_prod_db.yaml"], plaintext.Files);
        Assert.Equal(["13-secret_prod_db.yaml"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }
}
