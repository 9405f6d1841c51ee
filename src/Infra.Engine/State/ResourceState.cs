using System.Collections.Immutable;
using Infra.Properties;

namespace Infra.Engine.State;

/// <summary>What state records about one resource.</summary>
/// <param name="Urn">The URN.</param>
/// <param name="Type">The type token.</param>
/// <param name="Custom">True for provider-managed resources, false for components and the stack.</param>
/// <param name="Id">The provider ID (custom resources only).</param>
/// <param name="Parent">The parent's URN.</param>
/// <param name="Inputs">The inputs last applied.</param>
/// <param name="Outputs">The outputs last read.</param>
/// <param name="Dependencies">URNs of resources this one depends on.</param>
/// <param name="Protect">True when delete and replace are refused.</param>
/// <param name="RetainOnDelete">True when delete only forgets the resource.</param>
/// <param name="PendingReplacement">True for an old copy already replaced and waiting to be deleted.</param>
public sealed record ResourceState(
    string Urn,
    string Type,
    bool Custom,
    string? Id,
    string? Parent,
    PropertyMap Inputs,
    PropertyMap Outputs,
    ImmutableArray<string> Dependencies,
    bool Protect = false,
    bool RetainOnDelete = false,
    bool PendingReplacement = false)
{
    /// <summary>The provider package (first segment of the type).</summary>
    public string Package => Infra.TypeToken.Package(Type);

    /// <summary>True when this record and <paramref name="other"/> are the same in every field.</summary>
    public bool SameAs(ResourceState other) =>
        Urn == other.Urn && Type == other.Type && Custom == other.Custom && Id == other.Id && Parent == other.Parent
        && Protect == other.Protect && RetainOnDelete == other.RetainOnDelete && PendingReplacement == other.PendingReplacement
        && Dependencies.SequenceEqual(other.Dependencies) && Inputs.Equals(other.Inputs) && Outputs.Equals(other.Outputs);
}
