using System.Collections.Immutable;
using Infra.Properties;

namespace Infra.Serialization;

/// <summary>The result of serializing a resource's arguments: the property tree and the resources it depends on.</summary>
/// <param name="Value">The serialized value (secrets wrapped, unknowns marked).</param>
/// <param name="Dependencies">Resources whose outputs flowed into the value.</param>
public sealed record SerializedValue(PropertyValue Value, ImmutableHashSet<Resource> Dependencies);
