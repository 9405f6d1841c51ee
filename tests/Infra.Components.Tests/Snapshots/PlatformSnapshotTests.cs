using Infra.Components.Tests.Support;
using Infra.Testing;
using Platform;

namespace Infra.Components.Tests.Snapshots;

public sealed class PlatformSnapshotTests
{
    public static TheoryData<string> Environments => new() { "dev", "staging", "prod" };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Preview_Environment_MatchesSnapshot(string environment)
    {
        var config = StackConfigFiles.Load(environment);
        var plan = await Previews.RunAsync(() => new PlatformStack(), environment, config);
        PlanSnapshot.Verify(plan, $"Verified/platform-{environment}");
    }

    [Fact]
    public async Task Preview_ProdWithTlsOff_FailsNamingTheArg()
    {
        var config = StackConfigFiles.Load("prod");
        config["platform:tlsEnabled"] = new Deployment.ConfigValue("false", IsSecret: false);
        var error = await Assert.ThrowsAsync<StackSnapshotException>(() => Previews.RunAsync(() => new PlatformStack(), "prod", config));
        Assert.Contains("TlsEnabled: must be true in a production stack", error.Message, StringComparison.Ordinal);
    }
}
