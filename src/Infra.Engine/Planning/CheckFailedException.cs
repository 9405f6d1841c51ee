using Infra.Providers;

namespace Infra.Engine.Planning;

/// <summary>A provider rejected a resource's inputs; reported as bad input (exit code 2).</summary>
public sealed class CheckFailedException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="urn">The resource.</param>
    /// <param name="failures">What the provider rejected.</param>
    public CheckFailedException(string urn, IReadOnlyList<CheckFailure> failures)
        : base($"invalid inputs for {Infra.Urn.Type(urn)} '{Infra.Urn.Name(urn)}': " + string.Join("; ", failures.Select(f => $"{f.Property}: {f.Reason}")))
    {
        Failures = failures;
    }

    /// <summary>The failures.</summary>
    public IReadOnlyList<CheckFailure> Failures { get; }
}
