using Infra.Compositions.Values;

namespace Infra.Compositions.Validation;

/// <summary>A Kubernetes-style field error: <c>path: Required value: detail</c> or <c>path: Invalid value: "v": detail</c>.</summary>
internal sealed record ValidationError(string Field, ValidationErrorType Type, string Detail, string? Value = null)
{
    public static ValidationError Required(string field, string detail) => new(field, ValidationErrorType.Required, detail);

    public static ValidationError Invalid(string field, string? value, string detail) => new(field, ValidationErrorType.Invalid, detail, value ?? "");

    /// <summary>Prefixes the field with a parent path (<c>resources[0]</c> + <c>patches[1].type</c>).</summary>
    public ValidationError Under(string parent) => this with { Field = parent + "." + Field };

    public override string ToString() => Type == ValidationErrorType.Required
        ? $"{Field}: Required value: {Detail}"
        : $"{Field}: Invalid value: {GoQuote.Quote(Value ?? "")}: {Detail}";
}
