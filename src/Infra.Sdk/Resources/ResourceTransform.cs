namespace Infra;

/// <summary>What a transform sees: the resource about to be registered.</summary>
/// <param name="Type">The resource type token.</param>
/// <param name="Name">The resource name.</param>
/// <param name="Custom">True for custom (provider-managed) resources, false for components.</param>
/// <param name="Args">The resource's arguments object (may be mutated or replaced).</param>
/// <param name="Options">The resource's options.</param>
public sealed record ResourceTransformArgs(string Type, string Name, bool Custom, object? Args, ResourceOptions Options);

/// <summary>What a transform returns: replacement args and options.</summary>
/// <param name="Args">The arguments to use.</param>
/// <param name="Options">The options to use.</param>
public sealed record ResourceTransformResult(object? Args, ResourceOptions Options);

/// <summary>Rewrites a resource's args or options before registration; return null to leave it unchanged.</summary>
public delegate ResourceTransformResult? ResourceTransform(ResourceTransformArgs args);
