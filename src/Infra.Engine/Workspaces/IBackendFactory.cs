using Infra.Engine.Backends;

namespace Infra.Engine.Workspaces;

/// <summary>Opens state backends for URL schemes other than <c>file://</c> (e.g. <c>etcd://</c>).</summary>
public interface IBackendFactory
{
    /// <summary>The URL scheme served, without <c>://</c>.</summary>
    string Scheme { get; }

    /// <summary>Opens the backend.</summary>
    IStateBackend Open(string url, WorkspaceEnvironment environment);
}
