namespace Infra.Components.Ci.Validation;

/// <summary>Turns graph problems into the engine's bad-input error.</summary>
public static class DagProblems
{
    /// <summary>Throws a <see cref="ConfigException"/> listing every problem when there are any.</summary>
    /// <param name="what">What was checked, e.g. <c>Tekton Pipeline 'supply-chain'</c>.</param>
    /// <param name="problems">The problems found.</param>
    public static void ThrowIfAny(string what, IReadOnlyList<DagProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ConfigException($"{what} is inconsistent:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Select(p => p.Message)));
        }
    }
}
