using System.Text.Json.Nodes;
using Infra.Policy.Ast;
using Infra.Policy.Builtins;
using Infra.Policy.Compilation;
using Infra.Policy.Evaluation;
using Infra.Policy.Lexing;
using Infra.Policy.Parsing;
using Infra.Policy.Values;

namespace Infra.Policy;

/// <summary>
/// A Rego v1 policy engine: add modules and data, then evaluate queries against an input document.
/// User mistakes (syntax, compile and evaluation errors) come back as <see cref="Diagnostic"/>s.
/// </summary>
public sealed partial class RegoEngine
{
    private readonly RegoOptions _options;
    private readonly List<Module> _modules = new();
    private readonly Dictionary<string, string> _sources = new();
    private readonly List<Diagnostic> _parseErrors = new();
    private readonly BuiltinTable _builtins = BuiltinTable.CreateDefault();
    private Value _data = ObjectValue.Empty;
    private CompiledProgram? _program;
    private readonly Dictionary<string, (IReadOnlyList<Expr> Body, List<string> Vars, IReadOnlyList<Expr> Source)> _queryCache = new(StringComparer.Ordinal);
    private Compiler? _compiler;

    /// <summary>Creates an engine with the given options (defaults when null).</summary>
    public RegoEngine(RegoOptions? options = null) => _options = options ?? new RegoOptions();

    /// <summary>Parses and adds a module; returns its syntax errors (empty when it parsed).</summary>
    public IReadOnlyList<Diagnostic> AddModule(string fileName, string source)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(source);
        _program = null;
        _sources[fileName] = source;
        try
        {
            _modules.Add(Parser.ParseModule(fileName, source, _options.ExperimentalKeywords));
            return [];
        }
        catch (RegoSyntaxException ex)
        {
            var d = Compiler.ToDiagnostic(ex, source);
            _parseErrors.Add(d);
            return [d];
        }
        catch (InsufficientExecutionStackException)
        {
            var d = new Diagnostic("rego_parse_error", "module nested too deeply", new SourceSpan(fileName, 1, 1));
            _parseErrors.Add(d);
            return [d];
        }
    }

    /// <summary>Replaces the base document <c>data</c> (null means empty).</summary>
    public void SetData(JsonNode? data) => _data = data is null ? ObjectValue.Empty : JsonConvert.FromNode(data);

    internal void SetData(Value data) => _data = data;

    internal void AddBuiltin(BuiltinDef def)
    {
        _builtins.Add(def);
        _program = null;
    }

    /// <summary>Evaluates a query such as <c>data.x.deny</c> or <c>x := data.x.allow</c> and returns all solutions.</summary>
    public Task<RegoResult> EvaluateAsync(string query, JsonNode? input = null, CancellationToken cancellationToken = default)
    {
        var inputValue = input is null ? null : JsonConvert.FromNode(input);
        var outcome = Evaluate(query, inputValue, cancellationToken);
        return Task.FromResult(ToResult(outcome));
    }

    /// <summary>Evaluates the document at a path such as <c>data.k8s.deny</c>; the row holds it under the key <c>result</c>.</summary>
    public Task<RegoResult> EvaluateRuleAsync(string path, JsonNode? input = null, CancellationToken cancellationToken = default)
        => EvaluateAsync($"result := {path}", input, cancellationToken);

    /// <summary>
    /// <see cref="EvaluateAsync(string, JsonNode?, CancellationToken)"/> over an input already converted to a value (for example
    /// read straight from UTF-8 with <see cref="JsonConvert.FromUtf8"/>), so a large input is converted once for many queries.
    /// </summary>
    public Task<RegoResult> EvaluateValueAsync(string query, Value? input, CancellationToken cancellationToken)
        => Task.FromResult(ToResult(Evaluate(query, input, cancellationToken)));

    /// <summary><see cref="EvaluateRuleAsync(string, JsonNode?, CancellationToken)"/> over an input already converted to a value.</summary>
    public Task<RegoResult> EvaluateRuleValueAsync(string path, Value? input, CancellationToken cancellationToken)
        => EvaluateValueAsync($"result := {path}", input, cancellationToken);

    private RegoResult ToResult(QueryOutcome outcome)
    {
        var rows = outcome.Rows.Select(r =>
        {
            var o = new JsonObject();
            foreach (var kv in r) o[kv.Key] = JsonConvert.ToNode(kv.Value);
            return o;
        }).ToList();
        var exprs = outcome.Expressions.Select(list => new JsonArray(list.Select(JsonConvert.ToNode).ToArray())).ToList();
        return new RegoResult(rows, outcome.Error is null ? [] : [WithSourceLine(outcome.Error)]) { Expressions = exprs };
    }

    /// <summary>Adds the offending source line (for the caret display) when the diagnostic points into a known module.</summary>
    private Diagnostic WithSourceLine(Diagnostic d)
    {
        if (d.SourceLine is not null || d.Span.Line <= 0 || !_sources.TryGetValue(d.Span.File, out var source)) return d;
        var lines = source.Split('\n');
        return d.Span.Line <= lines.Length ? d with { SourceLine = lines[d.Span.Line - 1].TrimEnd('\r') } : d;
    }

    private IReadOnlyList<Diagnostic> EnsureCompiled()
    {
        lock (_queryCache)
        {
            if (_parseErrors.Count > 0) return _parseErrors;
            if (_program is null)
            {
                _compiler = new Compiler(_builtins.Arity);
                _program = _compiler.Compile(_modules);
                _queryCache.Clear();
            }
            return _compiler!.Errors;
        }
    }

    /// <summary>
    /// Evaluates the documents at several paths over one input, one result per path in order. Unless builtin errors are
    /// strict (where each query reports the errors it meets), the queries share one evaluation: rules they have in
    /// common, such as a library's list of workloads, are evaluated once. Each query still gets the full time budget.
    /// </summary>
    public Task<IReadOnlyList<RegoResult>> EvaluateRulesValueAsync(IReadOnlyList<string> paths, Value? input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var shared = _options.StrictBuiltinErrors || EnsureCompiled().Count > 0 ? null : CreateEvaluator(input, cancellationToken);
        var results = new List<RegoResult>(paths.Count);
        foreach (var path in paths)
        {
            shared?.StartQuery(NewLimits());
            results.Add(ToResult(Evaluate($"result := {path}", input, cancellationToken, shared)));
        }
        return Task.FromResult<IReadOnlyList<RegoResult>>(results);
    }

    internal QueryOutcome Evaluate(string query, Value? input, CancellationToken cancellationToken, Evaluator? shared = null)
    {
        var errors = EnsureCompiled();
        if (errors.Count > 0) return new QueryOutcome([], errors[0]);
        IReadOnlyList<Expr> body;
        List<string> vars;
        IReadOnlyList<Expr> source;
        lock (_queryCache)
        {
            if (_queryCache.TryGetValue(query, out var cached))
            {
                (body, vars, source) = cached;
            }
            else
            {
                try
                {
                    source = Parser.ParseQuery("query", query, _options.ExperimentalKeywords);
                    body = _compiler!.CompileQuery(source, out var queryErrors);
                    if (queryErrors.Count > 0) return new QueryOutcome([], queryErrors[0]);
                }
                catch (RegoSyntaxException ex)
                {
                    return new QueryOutcome([], Compiler.ToDiagnostic(ex, query));
                }
                vars = QueryVariables(body);
                if (_queryCache.Count < 256) _queryCache[query] = (body, vars, source);
            }
        }
        var evaluator = shared ?? CreateEvaluator(input, cancellationToken);
        var rows = new List<IReadOnlyDictionary<string, Value>>();
        var expressions = new List<IReadOnlyList<Value>>();
        Diagnostic? error = null;
        try
        {
            evaluator.Run(body, b =>
            {
                var row = new Dictionary<string, Value>();
                foreach (var v in vars)
                {
                    if (b.Get(v) is { } val) row[v] = val;
                }
                rows.Add(row);
                expressions.Add(source.Select(e => e is TermExpr { Term: not CallTerm } te && !e.Negated && e.With.Count == 0
                    ? evaluator.ValueOf(te.Term, b) ?? BoolValue.True
                    : BoolValue.True).ToList());
                return true;
            });
        }
        catch (RegoEvalException ex)
        {
            error = ex.Diagnostic;
        }
        catch (InsufficientExecutionStackException)
        {
            error = new Diagnostic("eval_internal_error", "evaluation exceeded the maximum nesting depth", SourceSpan.None);
        }
        catch (Exception ex) when (ex is InvalidCastException or ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            // A defect in the engine must not take down the caller's pipeline; report it like OPA's internal errors.
            error = new Diagnostic("eval_internal_error", $"{ex.GetType().Name}: {ex.Message}", SourceSpan.None);
        }
        if (error is null && _options.StrictBuiltinErrors && evaluator.BuiltinErrors.Count > 0) error = evaluator.BuiltinErrors[0];
        return new QueryOutcome(rows, error) { Expressions = expressions };
    }

    private Evaluator CreateEvaluator(Value? input, CancellationToken cancellationToken)
    {
        var builtinContext = new BuiltinContext
        {
            Time = _options.TimeProvider,
            CancellationToken = cancellationToken,
            Print = _options.Print ?? (_ => { }),
            Now = _options.TimeProvider.GetUtcNow(),
            AllowNetwork = _options.AllowNetwork,
            ParseModule = ParseModuleValue,
        };
        var context = new EvalContext { Input = input, BaseData = _data };
        return new Evaluator(_program!, _builtins, builtinContext, context, NewLimits()) { StrictBuiltinErrors = _options.StrictBuiltinErrors };
    }

    private EvalLimits NewLimits() => new(_options.Timeout is { } t ? DateTimeOffset.UtcNow + t : null, _options.MaxSteps);

    private static List<string> QueryVariables(IReadOnlyList<Expr> body)
    {
        var names = new List<string>();
        void Visit(object node)
        {
            switch (node)
            {
                case VarTerm v:
                    if (!v.Name.Contains('$') && v.Name is not ("data" or "input") && !names.Contains(v.Name)) names.Add(v.Name);
                    break;
                case RefTerm r: Visit(r.Head); foreach (var p in r.Path) Visit(p); break;
                case CallTerm c: foreach (var a in c.Args) Visit(a); break;
                case ArrayTerm a: foreach (var x in a.Items) Visit(x); break;
                case SetTerm s: foreach (var x in s.Items) Visit(x); break;
                case ObjectTerm o: foreach (var (k, x) in o.Items) { Visit(k); Visit(x); } break;
                case TermExpr te: Visit(te.Term); break;
                case SomeInExpr si: if (si.Key is not null) Visit(si.Key); Visit(si.Value); Visit(si.Collection); break;
                case SomeDeclExpr sd: foreach (var v in sd.Vars) Visit(v); break;
            }
        }
        foreach (var e in body) Visit(e);
        return names;
    }

    /// <summary>Parses Rego term text (e.g. <c>{"x": {1, 2}}</c>) and evaluates it to a value.</summary>
    internal Value? EvaluateTermText(string text)
    {
        var outcome = Evaluate("__term__ = " + text, null, CancellationToken.None);
        return outcome.Rows.Count == 1 ? outcome.Rows[0].GetValueOrDefault("__term__") : null;
    }
}
