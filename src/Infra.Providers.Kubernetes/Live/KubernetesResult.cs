using System.Diagnostics.CodeAnalysis;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>Either a value or a <see cref="KubernetesApiError"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value when the call succeeded.</param>
/// <param name="Error">The error when it did not.</param>
public sealed record KubernetesResult<T>(T? Value, KubernetesApiError? Error)
{
    /// <summary>True when there is no error.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>A successful result.</summary>
    public static KubernetesResult<T> Ok(T? value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static KubernetesResult<T> Fail(KubernetesApiError error) => new(default, error);
}
