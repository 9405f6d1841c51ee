using Infra.Components.Ci.Argo;

namespace Infra.Components.Ci.Validation;

/// <summary>
/// Checks that the DAG templates of an Argo WorkflowTemplate are consistent: known templates and dependencies,
/// output references only to ancestor tasks whose template declares the output, declared workflow parameters,
/// arguments matching the template's inputs, and no dependency cycle.
/// </summary>
public static class ArgoDagValidator
{
    /// <summary>The problems of <paramref name="workflow"/>; empty when it is consistent.</summary>
    /// <param name="workflow">The workflow template.</param>
    public static IReadOnlyList<DagProblem> Validate(WorkflowTemplate workflow)
    {
        var spec = workflow.Spec;
        var templates = spec.Templates.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var workflowParams = (spec.Arguments?.Parameters ?? []).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<DagProblem>();
        if (!templates.ContainsKey(spec.Entrypoint))
        {
            problems.Add(new(spec.Entrypoint, $"entrypoint '{spec.Entrypoint}' is not a template"));
        }
        foreach (var dag in spec.Templates.Where(t => t.Dag is not null))
        {
            ValidateDag(dag.Dag!, templates, workflowParams, problems);
        }
        return problems;
    }

    private static void ValidateDag(ArgoDag dag, Dictionary<string, ArgoTemplate> templates, HashSet<string> workflowParams, List<DagProblem> problems)
    {
        var byName = new Dictionary<string, ArgoDagTask>(StringComparer.Ordinal);
        foreach (var task in dag.Tasks.Where(t => !byName.TryAdd(t.Name, t)))
        {
            problems.Add(new(task.Name, $"DAG task '{task.Name}' is declared more than once"));
        }
        IEnumerable<string> DependenciesOf(string name) => (byName[name].Dependencies ?? []).Where(byName.ContainsKey);
        var cycle = CycleFinder.Find(dag.Tasks.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList(), DependenciesOf);
        if (cycle is not null)
        {
            problems.Add(new(cycle[0], $"DAG task '{cycle[0]}' is part of a dependency cycle: {string.Join(" -> ", cycle)}"));
        }
        foreach (var task in dag.Tasks)
        {
            var template = templates.GetValueOrDefault(task.Template);
            if (template is null)
            {
                problems.Add(new(task.Name, $"DAG task '{task.Name}' runs unknown template '{task.Template}'"));
            }
            foreach (var dependency in (task.Dependencies ?? []).Where(d => !byName.ContainsKey(d)))
            {
                problems.Add(new(task.Name, $"DAG task '{task.Name}' depends on unknown task '{dependency}'"));
            }
            var ancestors = cycle is null ? Ancestors(task.Name, DependenciesOf) : [];
            CheckArguments(task, template, byName, templates, ancestors, cycle is null, workflowParams, problems);
        }
    }

    private static void CheckArguments(ArgoDagTask task, ArgoTemplate? template, Dictionary<string, ArgoDagTask> byName, Dictionary<string, ArgoTemplate> templates, HashSet<string> ancestors, bool checkAncestry, HashSet<string> workflowParams, List<DagProblem> problems)
    {
        var arguments = task.Arguments?.Parameters ?? [];
        foreach (var argument in arguments)
        {
            var owner = $"DAG task '{task.Name}' argument '{argument.Name}'";
            foreach (var (producer, output) in ArgoReferences.TaskOutputs(argument.Value))
            {
                if (!byName.TryGetValue(producer, out var producerTask))
                {
                    problems.Add(new(task.Name, $"{owner} references output '{output}' of unknown task '{producer}'"));
                    continue;
                }
                if (checkAncestry && !ancestors.Contains(producer))
                {
                    problems.Add(new(task.Name, $"{owner} references output '{output}' of task '{producer}', which is not among its dependencies"));
                }
                if (templates.TryGetValue(producerTask.Template, out var producerTemplate) && !(producerTemplate.Outputs?.Parameters ?? []).Any(p => p.Name == output))
                {
                    problems.Add(new(task.Name, $"{owner} references output '{output}' of task '{producer}', but template '{producerTemplate.Name}' declares no such output parameter"));
                }
            }
            foreach (var used in ArgoReferences.WorkflowParameters(argument.Value).Where(p => !workflowParams.Contains(p)))
            {
                problems.Add(new(task.Name, $"{owner} references undeclared workflow parameter '{used}'"));
            }
            if (template is not null && !(template.Inputs?.Parameters ?? []).Any(p => p.Name == argument.Name))
            {
                problems.Add(new(task.Name, $"{owner} is not an input of template '{template.Name}'"));
            }
        }
        foreach (var input in (template?.Inputs?.Parameters ?? []).Where(p => p.Default is null && p.Value is null && !arguments.Any(a => a.Name == p.Name)))
        {
            problems.Add(new(task.Name, $"DAG task '{task.Name}' does not pass required input '{input.Name}' of template '{template!.Name}'"));
        }
    }

    private static HashSet<string> Ancestors(string task, Func<string, IEnumerable<string>> dependencies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(dependencies(task));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in dependencies(next))
                {
                    pending.Push(further);
                }
            }
        }
        return seen;
    }
}
