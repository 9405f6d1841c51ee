using Infra.Engine.Backends;
using Infra.Engine.Workspaces;

namespace Infra.Backends.Etcd;

/// <summary>Opens <see cref="EtcdBackend"/> for <c>etcd://</c> backend URLs (see <see cref="EtcdBackendUrl"/> for the format).</summary>
public sealed class EtcdBackendFactory : IBackendFactory
{
    /// <inheritdoc />
    public string Scheme => EtcdBackendUrl.Scheme;

    /// <inheritdoc />
    public IStateBackend Open(string url, WorkspaceEnvironment environment) =>
        new EtcdBackend(EtcdBackendUrl.Parse(url, environment), environment.Time);
}
