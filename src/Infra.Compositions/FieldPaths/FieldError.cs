namespace Infra.Compositions.FieldPaths;

/// <summary>
/// An error from reading or writing a field path. <see cref="NotFound"/> marks crossplane-runtime's
/// not-found errors, which patches treat specially (SPEC §8.4).
/// </summary>
internal sealed record FieldError(string Message, bool NotFound = false)
{
    public FieldError Wrap(string context) => this with { Message = context + ": " + Message };
}
