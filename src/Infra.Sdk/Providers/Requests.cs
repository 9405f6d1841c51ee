using Infra.Properties;

namespace Infra.Providers;

/// <summary>Asks a provider to validate and normalize inputs (fill defaults); must not call any remote system that mutates.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="OldInputs">The inputs recorded in state, if the resource exists.</param>
/// <param name="NewInputs">The inputs the program wants now.</param>
public sealed record CheckRequest(string Urn, string Type, PropertyMap? OldInputs, PropertyMap NewInputs);

/// <summary>The checked inputs, or failures that name the property at fault.</summary>
/// <param name="Inputs">The normalized inputs.</param>
/// <param name="Failures">Validation failures; any failure stops the resource with a bad-input error.</param>
public sealed record CheckResponse(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures)
{
    /// <summary>A successful check that keeps the inputs as they are.</summary>
    public static CheckResponse Ok(PropertyMap inputs) => new(inputs, []);
}

/// <summary>One invalid input.</summary>
/// <param name="Property">The property path, e.g. <c>spec.replicas</c>.</param>
/// <param name="Reason">What is wrong and what is expected.</param>
public sealed record CheckFailure(string Property, string Reason);

/// <summary>Asks a provider what would change.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The resource's ID.</param>
/// <param name="OldInputs">Inputs recorded in state.</param>
/// <param name="OldOutputs">Outputs recorded in state.</param>
/// <param name="NewInputs">Checked new inputs.</param>
public sealed record DiffRequest(string Urn, string Type, string Id, PropertyMap OldInputs, PropertyMap OldOutputs, PropertyMap NewInputs);

/// <summary>What changed: property paths, and which of them force a replacement.</summary>
/// <param name="ChangedPaths">Paths whose values differ.</param>
/// <param name="ReplacePaths">Paths whose change needs a new resource (immutable fields).</param>
/// <param name="DeleteBeforeReplace">True when old and new cannot exist at once (e.g. unique names).</param>
public sealed record DiffResponse(IReadOnlyList<string> ChangedPaths, IReadOnlyList<string> ReplacePaths, bool DeleteBeforeReplace = false)
{
    /// <summary>No changes.</summary>
    public static DiffResponse None { get; } = new([], []);
}

/// <summary>Asks a provider to predict outputs during preview, without side effects.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The existing ID (for updates), else null.</param>
/// <param name="Inputs">The checked inputs (may contain unknowns).</param>
/// <param name="OldOutputs">Outputs recorded in state (for updates), else null.</param>
public sealed record PreviewRequest(string Urn, string Type, string? Id, PropertyMap Inputs, PropertyMap? OldOutputs);

/// <summary>Predicted outputs; values the provider cannot predict are <see cref="PropertyValue.Unknown"/> or left out.</summary>
/// <param name="Outputs">The predicted outputs.</param>
public sealed record PreviewResponse(PropertyMap Outputs);

/// <summary>Creates a resource.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Inputs">The checked inputs.</param>
/// <param name="Timeout">How long the operation may take.</param>
public sealed record CreateRequest(string Urn, string Type, PropertyMap Inputs, TimeSpan? Timeout);

/// <summary>The created resource.</summary>
/// <param name="Id">The new ID.</param>
/// <param name="Outputs">The outputs.</param>
public sealed record CreateResponse(string Id, PropertyMap Outputs);

/// <summary>Reads a resource's live state (refresh, drift, and resolving operations interrupted by a crash).</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The ID, or null to look the resource up by its identity in <paramref name="Inputs"/> (after a crash mid-create).</param>
/// <param name="Inputs">The inputs the engine knows.</param>
/// <param name="Outputs">The outputs the engine knows, if any.</param>
public sealed record ReadRequest(string Urn, string Type, string? Id, PropertyMap Inputs, PropertyMap? Outputs);

/// <summary>The live state; a null ID means the resource does not exist.</summary>
/// <param name="Id">The ID, or null when the resource is gone.</param>
/// <param name="Inputs">The inputs that correspond to the live state.</param>
/// <param name="Outputs">The live outputs.</param>
public sealed record ReadResponse(string? Id, PropertyMap Inputs, PropertyMap Outputs)
{
    /// <summary>The resource does not exist.</summary>
    public static ReadResponse NotFound { get; } = new(null, PropertyMap.Empty, PropertyMap.Empty);
}

/// <summary>Updates a resource in place.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The ID.</param>
/// <param name="OldInputs">Inputs recorded in state.</param>
/// <param name="OldOutputs">Outputs recorded in state.</param>
/// <param name="NewInputs">Checked new inputs.</param>
/// <param name="Timeout">How long the operation may take.</param>
public sealed record UpdateRequest(string Urn, string Type, string Id, PropertyMap OldInputs, PropertyMap OldOutputs, PropertyMap NewInputs, TimeSpan? Timeout);

/// <summary>The updated resource's outputs.</summary>
/// <param name="Outputs">The outputs.</param>
public sealed record UpdateResponse(PropertyMap Outputs);

/// <summary>Deletes a resource.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The ID.</param>
/// <param name="Inputs">Inputs recorded in state.</param>
/// <param name="Outputs">Outputs recorded in state.</param>
/// <param name="Timeout">How long the operation may take.</param>
public sealed record DeleteRequest(string Urn, string Type, string Id, PropertyMap Inputs, PropertyMap Outputs, TimeSpan? Timeout);

/// <summary>The resources of one provider that a run which did not finish recorded as changed.</summary>
/// <param name="Resources">
/// Every change, in the order the unfinished run recorded them; apply them in that order. A URN can appear more than
/// once (a replacement writes the new copy and deletes the old one): copies are told apart by their ID.
/// </param>
public sealed record RecoverRequest(IReadOnlyList<RecoveredResource> Resources);

/// <summary>A resource as the unfinished run left it in state.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type token.</param>
/// <param name="Id">The resource's ID.</param>
/// <param name="Inputs">Its inputs (for a deleted resource: the inputs it had before the delete).</param>
/// <param name="Outputs">Its outputs (for a deleted resource: the outputs it had before the delete).</param>
/// <param name="Deleted">True when the unfinished run deleted it: it must not exist any more.</param>
public sealed record RecoveredResource(string Urn, string Type, string? Id, PropertyMap Inputs, PropertyMap Outputs, bool Deleted);
