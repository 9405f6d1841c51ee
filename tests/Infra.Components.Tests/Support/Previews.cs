using Infra.Deployment;
using Infra.Engine.Planning;
using Infra.Testing;

namespace Infra.Components.Tests.Support;

/// <summary>Runs in-memory previews with the TLS, Random and Kubernetes providers.</summary>
internal static class Previews
{
    public static readonly IReadOnlyDictionary<string, ConfigValue> RenderConfig = new Dictionary<string, ConfigValue>(StringComparer.Ordinal)
    {
        ["kubernetes:secretStore"] = SnapshotOptions.Plain("ClusterSecretStore/platform-secrets"),
    };

    public static Task<PlanDocument> RunAsync(Func<Stack> stack, string name, IReadOnlyDictionary<string, ConfigValue> config) =>
        StackSnapshot.PreviewAsync(stack, new SnapshotOptions
        {
            Project = "platform",
            Stack = name,
            Config = config,
            ProviderAssemblies =
            [
                typeof(Infra.Tls.PrivateKey).Assembly,
                typeof(Infra.Random.RandomId).Assembly,
                typeof(Infra.Kubernetes.CustomObject).Assembly,
            ],
            ProjectDirectory = System.IO.Path.GetTempPath(),
        }, CancellationToken.None);
}
