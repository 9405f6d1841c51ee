using Infra.Policy.Builtins;
using Infra.Policy.Values;

namespace Infra.Policy.Conformance;

/// <summary>Runs OPA's YAML conformance cases against <see cref="RegoEngine"/> with strict comparison.</summary>
public static class ConformanceRunner
{
    /// <summary>Runs every case under <paramref name="casesDir"/>.</summary>
    public static ConformanceReport Run(string casesDir, CancellationToken cancellationToken = default)
    {
        var cases = ConformanceLoader.Load(casesDir);
        var counts = new SortedDictionary<string, (int P, int F, int S)>(StringComparer.Ordinal);
        var failures = new List<ConformanceFailure>();
        foreach (var c in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reason = RunCase(c, cancellationToken);
            var (p, f, s) = counts.GetValueOrDefault(c.Category);
            if (reason is null) p++;
            else
            {
                f++;
                failures.Add(new ConformanceFailure(c.Category, c.Note, c.File, reason));
            }
            counts[c.Category] = (p, f, s);
        }
        return new ConformanceReport(counts.Select(kv => new CategoryResult(kv.Key, kv.Value.P, kv.Value.F, kv.Value.S)).ToList(), failures);
    }

    /// <summary>Runs one case; returns null when it passed, otherwise the reason it failed.</summary>
    public static string? RunCase(ConformanceCase c, CancellationToken cancellationToken = default)
    {
        string? result = null;
        // A large stack lets deeply nested policies evaluate; the evaluator still guards against overflow.
        var thread = new Thread(() =>
        {
            try
            {
                result = RunCaseCore(c, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                result = $"crash: {ex.GetType().Name}: {ex.Message}";
            }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }

    private static string? RunCaseCore(ConformanceCase c, CancellationToken cancellationToken)
    {
        var engine = new RegoEngine(new RegoOptions
        {
            StrictBuiltinErrors = c.StrictError,
            ExperimentalKeywords = c.ExperimentalKeywords,
            Timeout = TimeSpan.FromSeconds(20),
        });
        engine.AddBuiltin(new BuiltinDef("test.sleep", 1, (ctx, a) =>
        {
            var d = TimeBuiltins.ParseGoDuration(Args.Str(a, 0));
            Thread.Sleep(TimeSpan.FromTicks(d / 100));
            return BoolValue.True;
        }));
        for (var i = 0; i < c.Modules.Count; i++)
        {
            var errs = engine.AddModule($"test-{i}.rego", c.Modules[i]);
            if (errs.Count > 0) return $"parse error: {errs[0]}";
        }
        engine.SetData(c.Data is ObjectValue ? c.Data : ObjectValue.Empty);
        Value? input = c.Input;
        if (c.InputTerm is not null)
        {
            input = engine.EvaluateTermText(c.InputTerm);
            if (input is null) return "could not evaluate input_term";
        }
        var outcome = engine.Evaluate(c.Query, input, cancellationToken);
        var error = outcome.Error;
        if (c.WantError is not null)
        {
            if (error is null) return $"expected error containing '{c.WantError}', got none (rows: {RowsText(outcome.Rows)})";
            if (!error.OpaText.Contains(c.WantError, StringComparison.Ordinal))
                return $"expected error containing '{c.WantError}', got '{error.OpaText}'";
        }
        if (c.WantErrorCode is not null)
        {
            if (error is null) return $"expected error code {c.WantErrorCode}, got none (rows: {RowsText(outcome.Rows)})";
            if (error.Code != c.WantErrorCode) return $"expected error code {c.WantErrorCode}, got '{error.OpaText}'";
        }
        if (error is not null && c.WantError is null && c.WantErrorCode is null) return $"unexpected error: {error.OpaText}";
        if (c.WantResult is ArrayValue want)
        {
            var actual = outcome.Rows.Select(r => NormalizeRow(r, c)).ToHashSet();
            var expected = want.Items.ToHashSet();
            if (!actual.SetEquals(expected))
                return $"result mismatch: want {RowsText(expected)}, got {RowsText(actual)}";
        }
        else if (c.WantError is null && c.WantErrorCode is null)
        {
            return "invalid case: no expectation";
        }
        return null;
    }

    private static Value NormalizeRow(IReadOnlyDictionary<string, Value> row, ConformanceCase c)
    {
        var map = new Dictionary<Value, Value>();
        foreach (var (k, v) in row)
        {
            if (c.IgnoreGeneratedVars && k.StartsWith("__localq", StringComparison.Ordinal)) continue;
            var json = JsonConvert.TryParse(ValueFormatter.ToJson(v, html: true)) ?? v;
            if (c.SortBindings && json is ArrayValue arr) json = new ArrayValue(arr.Items.Order().ToArray());
            map[new StringValue(k)] = json;
        }
        return new ObjectValue(map);
    }

    private static string RowsText(IEnumerable<object> rows)
    {
        var text = string.Join(", ", rows.Select(r => r is Value v ? JsonConvert.ToJsonText(v) : string.Join(",", ((IReadOnlyDictionary<string, Value>)r).Select(kv => $"{kv.Key}={kv.Value}"))));
        return text.Length > 400 ? text[..400] + "…" : $"[{text}]";
    }
}
