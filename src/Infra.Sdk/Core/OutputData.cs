using System.Collections.Immutable;

namespace Infra;

/// <summary>The resolved state of an <see cref="Output{T}"/>: its value, whether it is known and secret, and the resources it came from.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value; default when <paramref name="IsKnown"/> is false.</param>
/// <param name="IsKnown">False during preview when the value depends on a resource not yet deployed.</param>
/// <param name="IsSecret">True when the value (or anything it was derived from) is secret.</param>
/// <param name="Resources">The resources this value depends on.</param>
public readonly record struct OutputData<T>(T Value, bool IsKnown, bool IsSecret, ImmutableHashSet<Resource> Resources)
{
    // One immutable empty set per T: building it on every read allocated a new set for each output created.
    internal static readonly ImmutableHashSet<Resource> NoResources = ImmutableHashSet<Resource>.Empty.WithComparer(ReferenceEqualityComparer.Instance);
}
