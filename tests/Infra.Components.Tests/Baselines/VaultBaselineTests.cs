using Infra.Components.Vault;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;
using Infra.Vault.Provider;

namespace Infra.Components.Tests.Baselines;

public sealed class VaultBaselineTests
{
    private static Task<EngineProject> ProjectAsync() =>
        EngineProject.CreateAsync(new VaultProviderFactory(), [("vault:token", FakeVault.RootToken, true), ("vault:retryDelayMs", "5", false)]);

    private static void Declare(FakeVault vault) =>
        _ = new VaultBaseline("baseline", new VaultBaselineArgs
        {
            Address = vault.Address,
            Apply = true,
            Workloads =
            [
                new VaultWorkloadAccess("orders", "shop", "orders-sa") { TransitKey = true, IssueCertificates = true },
                new VaultWorkloadAccess("billing", "shop", "billing-sa"),
            ],
        });

    [Fact]
    public async Task Up_Baseline_ConfiguresEnginesPkiAndLeastPrivilegeLoginsThenDestroyRemovesThem()
    {
        using var vault = new FakeVault();
        await using var project = await ProjectAsync();
        project.Declare = () => Declare(vault);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["pki", "pki-int", "secret", "sys", "transit"], vault.Mounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("kubernetes", vault.Auths["kubernetes"]["type"]!.GetValue<string>());
        Assert.Contains("path \"transit/encrypt/orders\"", vault.Policies["orders"], StringComparison.Ordinal);
        Assert.Contains("path \"pki-int/issue/workload\"", vault.Policies["orders"], StringComparison.Ordinal);
        Assert.Contains("path \"secret/data/billing/*\"", vault.Policies["billing"], StringComparison.Ordinal);
        Assert.DoesNotContain("transit", vault.Policies["billing"], StringComparison.Ordinal);
        Assert.DoesNotContain("orders", vault.Policies["billing"], StringComparison.Ordinal);
        var login = vault.Roles["auth/kubernetes/role/orders"];
        Assert.Equal(["orders-sa"], login["bound_service_account_names"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["orders"], login["token_policies"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["transit/keys/orders"], vault.TransitKeys.Keys);
        Assert.Equal(2, vault.Issuers.Values.Count(i => i.KeyId.Length > 0));
        Assert.True(vault.PkiRoles.ContainsKey("pki-int/roles/workload"));

        await project.RunOkAsync(p => p.UpAsync());
        Assert.All(project.Steps(), s => Assert.Equal("Same", s.Kind));

        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Equal(["sys"], vault.Mounts.Keys);
        Assert.Empty(vault.Policies);
        Assert.Empty(vault.Roles);
    }

    public static TheoryData<VaultBaselineArgs, string> BadArgs => new()
    {
        { new VaultBaselineArgs { Address = "https://v:8200", Workloads = [new VaultWorkloadAccess("a", "ns", "sa"), new VaultWorkloadAccess("a", "ns", "sa")] }, "Workloads[1].Name: 'a' is listed twice" },
        { new VaultBaselineArgs { Address = "https://v:8200", Workloads = [new VaultWorkloadAccess("a", "Bad_NS", "sa")] }, "Workloads[0].Namespace" },
        { new VaultBaselineArgs { Address = "https://v:8200", KubernetesHost = "kubernetes" }, "KubernetesHost: must be an absolute URL" },
    };

    [Theory]
    [MemberData(nameof(BadArgs))]
    public async Task Up_BadArgs_FailsNamingTheArg(VaultBaselineArgs args, string expected)
    {
        await using var project = await ProjectAsync();
        project.Declare = () => _ = new VaultBaseline("baseline", args);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        var said = result.Message + project.Failures() + string.Join("\n", project.Events.Events.OfType<Infra.Engine.Events.DiagnosticEvent>().Select(e => e.Message));
        Assert.True(said.Contains(expected, StringComparison.Ordinal), said);
    }
}
