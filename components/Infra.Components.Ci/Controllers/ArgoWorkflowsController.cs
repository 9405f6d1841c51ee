namespace Infra.Components.Ci.Controllers;

/// <summary>
/// Installs the Argo Workflows controller's runtime objects (namespace, service account, RBAC, the controller
/// ConfigMap with the artifact repository and executor settings, the controller Deployment). Images must be pinned
/// by digest. The CRDs themselves are not installed here.
/// </summary>
public sealed class ArgoWorkflowsController : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:ci:ArgoWorkflowsController";

    /// <summary>Registers the objects.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="options">Resource options.</param>
    public ArgoWorkflowsController(string name, ArgoWorkflowsControllerArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var objects = ArgoWorkflowsControllerObjects.Build(args);
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
