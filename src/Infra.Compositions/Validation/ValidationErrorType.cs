namespace Infra.Compositions.Validation;

/// <summary>The kind of a field error.</summary>
internal enum ValidationErrorType
{
    Required,
    Invalid,
}
