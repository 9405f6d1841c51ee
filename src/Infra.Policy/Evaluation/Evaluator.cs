using Infra.Policy.Ast;
using Infra.Policy.Builtins;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>Top-down evaluator with backtracking. Continuations return false to stop the search.</summary>
internal sealed partial class Evaluator
{
    private readonly CompiledProgram _program;
    private readonly BuiltinTable _builtins;
    private readonly BuiltinContext _builtinContext;
    private EvalLimits _limits;
    private readonly Dictionary<(string, Value), Value> _nonDeterministicCache = new();
    private EvalContext _ctx;
    private Rule? _currentRule;
    private long _steps;

    public Evaluator(CompiledProgram program, BuiltinTable builtins, BuiltinContext builtinContext, EvalContext context, EvalLimits limits)
    {
        _program = program;
        _builtins = builtins;
        _builtinContext = builtinContext;
        _ctx = context;
        _limits = limits;
    }

    /// <summary>Starts another query on this evaluator: fresh time and step budgets; memoized rule values are kept.</summary>
    public void StartQuery(EvalLimits limits)
    {
        _limits = limits;
        _steps = 0;
    }

    /// <summary>Builtin errors recorded so far (the first one is reported in strict mode).</summary>
    public List<Diagnostic> BuiltinErrors { get; } = new();

    public bool StrictBuiltinErrors { get; init; }

    /// <summary>Runs a compiled query and calls <paramref name="onRow"/> with the bindings of each solution.</summary>
    public void Run(IReadOnlyList<Expr> query, Func<Bindings, bool> onRow)
    {
        var b = new Bindings();
        EvalBody(query, 0, b, () => onRow(b));
    }

    /// <summary>The first value of a term under the given bindings; null when undefined.</summary>
    public Value? ValueOf(Term term, Bindings b) => FirstValue(term, b);

    /// <summary>The value of a document path (rules evaluated, base data merged); null when undefined.</summary>
    public Value? ValueAt(IReadOnlyList<Value> path)
    {
        Value? result = null;
        var terms = path.Select(p => (Term)new ScalarTerm(SourceSpan.None, p)).ToList();
        WalkData(_program.Root, terms, 0, new Bindings(), v =>
        {
            result = v;
            return false;
        });
        return result;
    }

    private void Step()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_steps % 1024 != 0) return;
        if (_builtinContext.CancellationToken.IsCancellationRequested)
            throw new RegoEvalException(new Diagnostic("eval_cancel_error", "caller cancelled query execution", SourceSpan.None));
        if (_limits.Deadline is { } d && DateTimeOffset.UtcNow > d)
            throw new RegoEvalException(new Diagnostic("eval_cancel_error", "timed out: evaluation exceeded the time budget", SourceSpan.None));
        if (_limits.MaxSteps is { } m && _steps > m)
            throw new RegoEvalException(new Diagnostic("eval_cancel_error", $"evaluation exceeded the step budget of {m}", SourceSpan.None));
    }

    private static RegoEvalException Conflict(SourceSpan at, string message)
        => new(new Diagnostic("eval_conflict_error", message, at));
}
