using Infra.Backends.Etcd;
using Infra.Backends.Tests.Server;
using Infra.Engine.Backends;
using Infra.Etcd.Client;

namespace Infra.Backends.Tests;

/// <summary>The contract suite over <see cref="EtcdBackend"/> on a real etcd; each test gets its own key prefix.</summary>
public sealed class EtcdBackendContractTests(EtcdFixture etcd) : BackendContract, IClassFixture<EtcdFixture>
{
    private readonly string _prefix = "contract-" + Guid.NewGuid().ToString("N")[..8];

    protected override IStateBackend CreateBackend() =>
        new EtcdBackend(new EtcdBackendSettings(new EtcdConnectionOptions { Endpoints = [etcd.Server.Endpoint] }, _prefix, EtcdBackendSettings.DefaultLockTtl));
}
