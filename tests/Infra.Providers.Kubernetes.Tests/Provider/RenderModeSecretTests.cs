using Infra.Providers.Kubernetes.Tests.Support;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class RenderModeSecretTests
{
    private const string Password = "pa55-w0rd-never-shown";

    public static TheoryData<bool> SecretMarking => new() { true, false };

    [Theory]
    [MemberData(nameof(SecretMarking))]
    public async Task Up_SecretWithDataWithoutRenderSecrets_RefusedNamingField(bool markedSecret)
    {
        using var project = new CliProject();
        var app = new SampleApp { Password = Password, SecretIsOutputSecret = markedSecret };

        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("manifest.stringData.password", run.Error, StringComparison.Ordinal);
        Assert.Contains("kubernetes:renderSecrets", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(project.RenderedFiles(), f => f.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_SecretWithRenderSecrets_WritesSecretFileAndKeepsValueOutOfOutput()
    {
        using var project = new CliProject("kubernetes:renderSecrets: true");
        var app = new SampleApp { Password = Password };

        var run = await project.RunAsync(app.Register, [.. CliProject.Up, "--diff"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var secretFile = Assert.Single(project.RenderedFiles(), f => f.Contains("secret_shop_db", StringComparison.Ordinal));
        Assert.Contains(Password, File.ReadAllText(Path.Combine(project.RenderedDirectory, secretFile)), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_SecretWithSecretStore_RendersExternalSecretWithoutValues()
    {
        using var project = new CliProject("kubernetes:secretStore: ClusterSecretStore/vault");
        var app = new SampleApp { Password = Password };

        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Assert.Single(project.RenderedFiles(), f => f.Contains("externalsecret", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(project.RenderedDirectory, file));
        Assert.Contains("secretKey: password", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
    }
}
