using System.Diagnostics.CodeAnalysis;

namespace Infra.Providers.Tls;

/// <summary>Either a value or the list of invalid inputs that prevented it.</summary>
/// <typeparam name="T">The type of the successful value.</typeparam>
public sealed record TlsResult<T>
{
    private TlsResult(T? value, IReadOnlyList<TlsFieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value when <see cref="IsSuccess"/> is true.</summary>
    public T? Value { get; }

    /// <summary>The invalid inputs; empty on success.</summary>
    public IReadOnlyList<TlsFieldError> Errors { get; }

    /// <summary>True when a value is present and there are no errors.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>Creates a successful result.</summary>
    public static TlsResult<T> Success(T value) => new(value, []);

    /// <summary>Creates a failed result; <paramref name="errors"/> must not be empty.</summary>
    public static TlsResult<T> Failure(IReadOnlyList<TlsFieldError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(default, errors);
    }

    /// <summary>Creates a failed result for one field.</summary>
    public static TlsResult<T> Failure(string field, string message) => new(default, [new TlsFieldError(field, message)]);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({string.Join("; ", Errors)})";
}
