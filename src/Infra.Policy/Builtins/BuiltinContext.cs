namespace Infra.Policy.Builtins;

/// <summary>What a builtin may use from the running query: the clock, the cancellation token, output and a random source.</summary>
internal sealed class BuiltinContext
{
    public required TimeProvider Time { get; init; }

    public required CancellationToken CancellationToken { get; init; }

    public required Action<string> Print { get; init; }

    public Random Random { get; } = new();

    /// <summary>Time of the query start, shared by all calls to <c>time.now_ns</c>.</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>Parses a module for <c>rego.parse_module</c>; returns a JSON-like value or throws <see cref="BuiltinException"/>.</summary>
    public Func<string, string, Values.Value>? ParseModule { get; init; }

    public bool AllowNetwork { get; init; }

    /// <summary>Regular expressions built by this query, by RE2 pattern text.</summary>
    public Dictionary<string, System.Text.RegularExpressions.Regex> Regexes { get; } = new(StringComparer.Ordinal);
}
