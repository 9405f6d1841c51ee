using Infra.Backends.Tests.Server;
using Xunit.Abstractions;

namespace Infra.Backends.Tests.Reliability;

/// <summary>The crash sweep of an update touching 30% (updates, replaces, deletes) with state in etcd.</summary>
public sealed class EtcdUpdateSweepTests(EtcdFixture etcd, ITestOutputHelper output) : IClassFixture<EtcdFixture>
{
    [SkippableFact]
    public async Task UpdateSweep_EtcdBackend_EveryBoundaryConverges() =>
        await new EtcdCrashSweep(etcd, output).SweepAsync(baselineVersion: 1, targetVersion: 2);
}
