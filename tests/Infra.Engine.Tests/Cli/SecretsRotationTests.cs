using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

public sealed class SecretsRotationTests
{
    [Fact]
    public async Task ChangeSecretsProvider_Passphrase_ReencryptsConfigAndState_OldPassphraseNoLongerWorks()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunCliAsync("config", "set", "token", "t0k3n-value", "--secret", "--stack", "dev")).ExitCode);
        void Body(LambdaStack stack) => _ = new FileThing("t", new FileThingArgs { Password = new Config().RequireSecret("token") });
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        var oldFile = File.ReadAllText(project.Path("Pulumi.dev.yaml"));

        project.Variables["INFRA_NEW_CONFIG_PASSPHRASE"] = "a brand new passphrase";
        var rotate = await project.RunCliAsync("stack", "change-secrets-provider", "passphrase", "--stack", "dev");
        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        Assert.NotEqual(oldFile, File.ReadAllText(project.Path("Pulumi.dev.yaml")));

        var stale = await project.RunCliAsync("config", "get", "token", "--stack", "dev", "--show-secrets");
        Assert.Equal(2, stale.ExitCode);
        Assert.Contains("incorrect passphrase", stale.Error);

        project.Variables["INFRA_CONFIG_PASSPHRASE"] = "a brand new passphrase";
        Assert.Equal("t0k3n-value", (await project.RunCliAsync("config", "get", "token", "--stack", "dev", "--show-secrets")).Out.Trim());
        var export = await project.RunCliAsync("stack", "export", "--stack", "dev", "--show-secrets");
        Assert.Contains("t0k3n-value", export.Out);
        var up = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("(no changes)", up.Out);
    }
}
