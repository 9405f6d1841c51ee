using Infra.Providers;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Bench.Stack;

/// <summary>
/// A bench-local provider for package <c>kubernetes</c> in render mode, used until the real provider adapter
/// (branch k8sprov) lands: it writes each object through <see cref="ManifestRenderer"/> into
/// <c>kubernetes:renderDirectory</c> (default <c>out/</c> in the project) under the stack's name.
/// </summary>
public sealed class RenderProviderFactory : IProviderFactory
{
    public string Package => "kubernetes";

    public IProvider Create(ProviderContext context)
    {
        var directory = context.Config.TryGetValue("renderDirectory", out var value) ? value.Value : "out";
        var options = RenderOptions.ForStack(Path.GetFullPath(Path.Combine(context.ProjectDirectory, directory)), context.Stack);
        return new RenderProvider(options, context.IsDryRun);
    }
}
