namespace Infra.Components.Ci.Controllers;

/// <summary>Arguments of <see cref="TektonPipelinesController"/>.</summary>
public sealed record TektonPipelinesControllerArgs
{
    /// <summary>The environment (<c>dev</c>, <c>staging</c>, <c>prod</c>): labels and default sizing.</summary>
    public required string Environment { get; init; }

    /// <summary>The namespace the controller runs in.</summary>
    public string Namespace { get; init; } = "tekton-pipelines";

    /// <summary>The release's images, pinned by digest.</summary>
    public required TektonImages Images { get; init; }

    /// <summary>Replicas and resources; default: <see cref="ControllerSizing.For"/> the environment.</summary>
    public ControllerSizing? Sizing { get; init; }

    /// <summary>Overrides of the <c>feature-flags</c> ConfigMap (merged over the defaults).</summary>
    public IReadOnlyDictionary<string, string> FeatureFlags { get; init; } = new Dictionary<string, string>();

    /// <summary>Default run timeout in minutes (<c>config-defaults</c>).</summary>
    public int DefaultTimeoutMinutes { get; init; } = 60;

    /// <summary>Default service account of runs (<c>config-defaults</c>).</summary>
    public string DefaultServiceAccount { get; init; } = "default";
}
