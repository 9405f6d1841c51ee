using Infra.Engine.State;
using Infra.Properties;

namespace Infra.Engine.Planning;

/// <summary>A decided step: what will happen to one resource and why. Steps are data; executing them is elsewhere.</summary>
/// <param name="Kind">The step kind.</param>
/// <param name="Urn">The URN (new URN for renamed resources).</param>
/// <param name="Type">The type token.</param>
/// <param name="Goal">The program's goal (null for deletes).</param>
/// <param name="Old">The recorded state (null for creates).</param>
/// <param name="NewInputs">The checked inputs to apply (null for deletes).</param>
/// <param name="ChangedPaths">Changed input paths.</param>
/// <param name="ReplacePaths">Paths that force replacement.</param>
/// <param name="DeleteBeforeReplace">True when the old resource is deleted before its replacement is created.</param>
public sealed record Step(
    StepKind Kind,
    string Urn,
    string Type,
    ResourceGoal? Goal,
    ResourceState? Old,
    PropertyMap? NewInputs,
    IReadOnlyList<string> ChangedPaths,
    IReadOnlyList<string> ReplacePaths,
    bool DeleteBeforeReplace = false);
