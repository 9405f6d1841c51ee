using Infra.Backends.Tests.Server;
using Xunit.Abstractions;

namespace Infra.Backends.Tests.Reliability;

/// <summary>The crash sweep of a 100-resource create with state in etcd (its own class so it runs beside the update sweep).</summary>
public sealed class EtcdCreateSweepTests(EtcdFixture etcd, ITestOutputHelper output) : IClassFixture<EtcdFixture>
{
    [SkippableFact]
    public async Task CreateSweep_EtcdBackend_EveryBoundaryConverges() =>
        await new EtcdCrashSweep(etcd, output).SweepAsync(baselineVersion: null, targetVersion: 1);
}
