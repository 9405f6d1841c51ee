using System.Collections.Immutable;
using Infra.Properties;

namespace Infra.Engine.Planning;

/// <summary>What the program wants for one resource, after its inputs resolved.</summary>
/// <param name="Urn">The URN.</param>
/// <param name="Type">The type token.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Custom">True for provider-managed resources.</param>
/// <param name="Parent">The parent's URN.</param>
/// <param name="Inputs">The serialized inputs.</param>
/// <param name="Dependencies">URNs of the custom resources it depends on.</param>
/// <param name="Options">The resource options.</param>
public sealed record ResourceGoal(
    string Urn,
    string Type,
    string Name,
    bool Custom,
    string? Parent,
    PropertyMap Inputs,
    ImmutableArray<string> Dependencies,
    ResourceOptions Options);
