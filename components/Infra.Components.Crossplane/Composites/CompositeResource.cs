using System.Text.Json.Nodes;
using Infra.Compositions;
using Infra.Compositions.Objects;
using Infra.Kubernetes;

namespace Infra.Components.Crossplane.Composites;

/// <summary>
/// A Crossplane composite resource inside a stack. At construction it renders the XR with its composition through
/// the patch-and-transform engine (the same one as <c>infra composition render</c>), so a bad patch, transform or an
/// XR that violates the XRD schema fails the preview with a <see cref="ConfigException"/> naming the component and
/// the patch/transform index. Then, by <see cref="CompositeResourceArgs.Mode"/>, it declares either the real
/// Crossplane objects (XRD, Composition, the XR or its claim;
/// EnvironmentConfigs are shared, so <see cref="EnvironmentConfigs.Declare"/> declares them once per stack) or the rendered composed resources as children.
/// </summary>
public class CompositeResource : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:crossplane:CompositeResource";

    private const string ClaimNameLabel = "crossplane.io/claim-name";
    private const string ClaimNamespaceLabel = "crossplane.io/claim-namespace";

    /// <summary>Renders and declares the composite.</summary>
    /// <param name="name">The logical name (and the XR's name unless <see cref="CompositeResourceArgs.CompositeName"/> is set).</param>
    /// <param name="args">The definition, composition and XR spec.</param>
    /// <param name="options">Resource options.</param>
    public CompositeResource(string name, CompositeResourceArgs args, ResourceOptions? options = null)
        : this(TypeToken, name, args, options)
    {
    }

    /// <summary>For composites with their own type token (e.g. <c>infra:crossplane:XDatabase</c>).</summary>
    /// <param name="type">The component's type token.</param>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The definition, composition and XR spec.</param>
    /// <param name="options">Resource options.</param>
    protected CompositeResource(string type, string name, CompositeResourceArgs args, ResourceOptions? options)
        : base(type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        CompositeName = args.CompositeName ?? name;
        if (args.ClaimNamespace is not null && args.Definition.ClaimKind is null)
        {
            throw new ConfigException($"{type} {name}: ClaimNamespace is set, but the XRD {args.Definition.Name} defines no claim kind");
        }
        Composite = CompositeObject(args, CompositeName);
        var result = CompositeRendering.Render(args.Definition, args.Composition, Composite, args.Environment, $"{type} {name}");
        if (result.Rendered is not { } rendered)
        {
            throw new ConfigException(string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        }
        Rendered = rendered;

        var child = new ResourceOptions { Parent = this };
        if (args.Mode == CompositeMode.Crossplane)
        {
            var definitions = new List<Resource>();
            if (args.DeclareDefinitions)
            {
                definitions.Add(Declare($"{name}-xrd", CompositionExporter.ToJson(args.Definition), child));
                definitions.Add(Declare($"{name}-composition", CompositionExporter.ToJson(args.Composition), child));
            }
            Declare(name, args.ClaimNamespace is { } ns ? ClaimObject(args.Definition.ClaimKind!, ns, Composite) : Composite, child with { DependsOn = definitions });
        }
        else
        {
            foreach (var composed in rendered.ComposedResources)
            {
                var resourceName = RenderedComposite.ResourceNameOf(composed);
                Declare($"{name}-{resourceName}", CrossplaneObjects.Standalone(composed, CompositeName, resourceName), child);
            }
        }
        RegisterOutputs(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["compositeName"] = CompositeName,
            ["composedResources"] = rendered.ComposedResources.Count,
        });
    }

    /// <summary>The XR's metadata.name.</summary>
    public string CompositeName { get; }

    /// <summary>The XR as declared (apiVersion, kind, metadata, spec with the composition reference).</summary>
    public JsonObject Composite { get; }

    /// <summary>The local render: the XR with its Ready condition and the composed resources.</summary>
    public RenderedComposite Rendered { get; }

    private static CustomObject Declare(string name, JsonObject manifest, ResourceOptions options) =>
        new(name, CrossplaneObjects.ToArgs(manifest), options);

    /// <summary>The claim for <paramref name="composite"/>: same apiVersion and spec, the claim kind, namespaced, and a local secret reference.</summary>
    private static JsonObject ClaimObject(string kind, string ns, JsonObject composite)
    {
        var claim = (JsonObject)composite.DeepClone();
        claim["kind"] = kind;
        var metadata = (JsonObject)claim["metadata"]!;
        metadata["namespace"] = ns;
        var labels = metadata["labels"] as JsonObject;
        labels?.Remove(ClaimNameLabel);
        labels?.Remove(ClaimNamespaceLabel);
        if (labels is { Count: 0 }) metadata.Remove("labels");
        (claim["spec"]?["writeConnectionSecretToRef"] as JsonObject)?.Remove("namespace");
        return claim;
    }

    private static JsonObject CompositeObject(CompositeResourceArgs args, string name)
    {
        var metadata = new JsonObject { ["name"] = name };
        var allLabels = new SortedDictionary<string, string>(args.Labels.ToDictionary(), StringComparer.Ordinal);
        if (args.ClaimNamespace is { } ns)
        {
            allLabels[ClaimNameLabel] = name;
            allLabels[ClaimNamespaceLabel] = ns;
        }
        if (allLabels.Count > 0)
        {
            var labels = new JsonObject();
            foreach (var (key, value) in allLabels) labels[key] = value;
            metadata["labels"] = labels;
        }
        var spec = (JsonObject)args.Spec.DeepClone();
        spec["compositionRef"] = new JsonObject { ["name"] = args.Composition.Name };
        return new JsonObject
        {
            ["apiVersion"] = args.Definition.CompositeApiVersion,
            ["kind"] = args.Definition.Kind,
            ["metadata"] = metadata,
            ["spec"] = spec,
        };
    }
}
