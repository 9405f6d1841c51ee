namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>How render mode lays out the output folder (config <c>kubernetes:renderLayout</c>).</summary>
public enum RenderLayout
{
    /// <summary>One YAML file per object (the default): each file is written as its step runs.</summary>
    Object,

    /// <summary>
    /// One multi-document YAML file per namespace (<c>namespace-&lt;ns&gt;.yaml</c>) plus <c>cluster.yaml</c> for objects
    /// without a namespace. Steps change an in-memory model; the changed files are written durably once, at the end of
    /// the run, so a stack of thousands of objects costs a few file writes instead of one file create per object.
    /// </summary>
    Namespace,
}
