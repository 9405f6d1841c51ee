using System.Diagnostics.CodeAnalysis;

namespace Infra.Secrets;

/// <summary>Either a value or a <see cref="SecretsError"/>; returned where the cause is a user's setting.</summary>
/// <typeparam name="T">The type of the successful value.</typeparam>
public sealed record SecretsResult<T>
{
    private SecretsResult(T? value, SecretsError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="IsSuccess"/> is true.</summary>
    public T? Value { get; }

    /// <summary>The error when <see cref="IsSuccess"/> is false.</summary>
    public SecretsError? Error { get; }

    /// <summary>True when a value is present.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Creates a successful result.</summary>
    public static SecretsResult<T> Success(T value) => new(value, null);

    /// <summary>Creates a failed result.</summary>
    public static SecretsResult<T> Failure(SecretsError error) => new(default, error);

    /// <summary>Creates a failed result from a code and message.</summary>
    public static SecretsResult<T> Failure(SecretsErrorCode code, string message) => new(default, new SecretsError(code, message));

    /// <summary>Returns the value, or throws <see cref="SecretsException"/> carrying the error.</summary>
    public T GetValueOrThrow() => IsSuccess ? Value : throw new SecretsException(Error);
}
