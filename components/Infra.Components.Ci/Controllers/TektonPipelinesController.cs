namespace Infra.Components.Ci.Controllers;

/// <summary>
/// Installs the Tekton Pipelines controller's runtime objects (namespace, service account, RBAC, feature-flag and
/// defaults config maps, the controller Deployment with resources and a restricted security context). Images must be
/// pinned by digest. The CRDs themselves are not installed here.
/// </summary>
public sealed class TektonPipelinesController : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:ci:TektonPipelinesController";

    /// <summary>Registers the objects.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="options">Resource options.</param>
    public TektonPipelinesController(string name, TektonPipelinesControllerArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var objects = TektonControllerObjects.Build(args);
        var child = new ResourceOptions { Parent = this };
        foreach (var model in objects)
        {
            KubernetesObjects.Register(model, $"{name}-{KubernetesObjects.LogicalName(model)}", child);
        }
        Namespace = Output.Create(args.Namespace);
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = Namespace });
    }

    /// <summary>The controller's namespace.</summary>
    public Output<string> Namespace { get; }
}
