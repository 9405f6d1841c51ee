namespace Infra.Providers.Tls;

/// <summary>Collects input errors so one call reports every invalid field, not just the first.</summary>
internal sealed class FieldErrors
{
    private readonly List<TlsFieldError> _errors = [];

    internal bool Any => _errors.Count > 0;

    internal IReadOnlyList<TlsFieldError> All => _errors;

    /// <summary>Adds an error; <paramref name="problem"/> follows the field name, e.g. "must be positive".</summary>
    internal void Add(string field, string problem) => _errors.Add(new TlsFieldError(field, $"{field} {problem}"));

    internal void AddRange(IEnumerable<TlsFieldError> errors) => _errors.AddRange(errors);

    internal TlsResult<T> Fail<T>() => TlsResult<T>.Failure(_errors.ToArray());
}
