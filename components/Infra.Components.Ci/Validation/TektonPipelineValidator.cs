using Infra.Components.Ci.Tekton;

namespace Infra.Components.Ci.Validation;

/// <summary>
/// Checks that a Tekton Pipeline is consistent with itself and with the Tasks it references: known tasks, runAfter
/// targets, result references (the Task declares the result), parameters, workspaces, and no dependency cycle.
/// </summary>
public static class TektonPipelineValidator
{
    /// <summary>The problems of <paramref name="pipeline"/>; empty when it is consistent.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="tasks">The Tasks its <c>taskRef</c>s name (references to other Tasks are reported).</param>
    public static IReadOnlyList<DagProblem> Validate(TektonPipeline pipeline, IEnumerable<TektonTask> tasks)
    {
        var taskDefinitions = tasks.GroupBy(t => t.Metadata.Name ?? "").ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var spec = pipeline.Spec;
        var all = spec.Tasks.Concat(spec.Finally ?? []).ToList();
        var byName = new Dictionary<string, TektonPipelineTask>(StringComparer.Ordinal);
        var problems = new List<DagProblem>();
        foreach (var task in all)
        {
            if (!byName.TryAdd(task.Name, task))
            {
                problems.Add(new(task.Name, $"pipeline task '{task.Name}' is declared more than once"));
            }
        }
        var pipelineParams = (spec.Params ?? []).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var pipelineWorkspaces = (spec.Workspaces ?? []).Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        var finallyNames = (spec.Finally ?? []).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var task in all)
        {
            var definition = taskDefinitions.GetValueOrDefault(task.TaskRef.Name);
            if (definition is null)
            {
                problems.Add(new(task.Name, $"pipeline task '{task.Name}' refers to unknown Task '{task.TaskRef.Name}'"));
            }
            foreach (var after in task.RunAfter ?? [])
            {
                if (!byName.ContainsKey(after) || finallyNames.Contains(after))
                {
                    problems.Add(new(task.Name, $"pipeline task '{task.Name}' runs after unknown task '{after}'"));
                }
            }
            CheckParams(task, definition, pipelineParams, byName, taskDefinitions, problems);
            CheckWorkspaces(task, definition, pipelineWorkspaces, problems);
        }
        foreach (var result in spec.Results ?? [])
        {
            foreach (var (name, resultName) in TektonReferences.Results(result.Value))
            {
                CheckResultReference($"pipeline result '{result.Name}'", name, resultName, byName, taskDefinitions, problems);
            }
        }
        var mainNames = spec.Tasks.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
        var cycle = CycleFinder.Find(mainNames, name => Dependencies(byName[name]).Where(byName.ContainsKey));
        if (cycle is not null)
        {
            problems.Add(new(cycle[0], $"pipeline task '{cycle[0]}' is part of a dependency cycle: {string.Join(" -> ", cycle)}"));
        }
        return problems;
    }

    private static IEnumerable<string> Dependencies(TektonPipelineTask task) =>
        (task.RunAfter ?? []).Concat((task.Params ?? []).SelectMany(p => TektonReferences.Results(p.Value)).Select(r => r.Task)).Distinct(StringComparer.Ordinal);

    private static void CheckParams(TektonPipelineTask task, TektonTask? definition, HashSet<string> pipelineParams, Dictionary<string, TektonPipelineTask> byName, Dictionary<string, TektonTask> definitions, List<DagProblem> problems)
    {
        var passed = (task.Params ?? []).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var param in task.Params ?? [])
        {
            var owner = $"pipeline task '{task.Name}' param '{param.Name}'";
            foreach (var (name, result) in TektonReferences.Results(param.Value))
            {
                if (name == task.Name)
                {
                    problems.Add(new(task.Name, $"{owner} references its own result '{result}'"));
                    continue;
                }
                CheckResultReference(owner, name, result, byName, definitions, problems);
            }
            foreach (var used in TektonReferences.Params(param.Value).Where(p => !pipelineParams.Contains(p)))
            {
                problems.Add(new(task.Name, $"{owner} references undeclared pipeline param '{used}'"));
            }
            if (definition is not null && !(definition.Spec.Params ?? []).Any(p => p.Name == param.Name))
            {
                problems.Add(new(task.Name, $"{owner} is not declared by Task '{definition.Metadata.Name}'"));
            }
        }
        foreach (var required in (definition?.Spec.Params ?? []).Where(p => p.Default is null && !passed.Contains(p.Name)))
        {
            problems.Add(new(task.Name, $"pipeline task '{task.Name}' does not pass required param '{required.Name}' of Task '{definition!.Metadata.Name}'"));
        }
    }

    private static void CheckResultReference(string owner, string taskName, string result, Dictionary<string, TektonPipelineTask> byName, Dictionary<string, TektonTask> definitions, List<DagProblem> problems)
    {
        if (!byName.TryGetValue(taskName, out var producer))
        {
            problems.Add(new(taskName, $"{owner} references result '{result}' of unknown task '{taskName}'"));
            return;
        }
        if (definitions.TryGetValue(producer.TaskRef.Name, out var definition) && !(definition.Spec.Results ?? []).Any(r => r.Name == result))
        {
            var declared = string.Join(", ", (definition.Spec.Results ?? []).Select(r => r.Name));
            problems.Add(new(taskName, $"{owner} references result '{result}' of task '{taskName}', but Task '{definition.Metadata.Name}' declares none by that name (declared: {(declared.Length == 0 ? "none" : declared)})"));
        }
    }

    private static void CheckWorkspaces(TektonPipelineTask task, TektonTask? definition, HashSet<string> pipelineWorkspaces, List<DagProblem> problems)
    {
        foreach (var binding in task.Workspaces ?? [])
        {
            if (!pipelineWorkspaces.Contains(binding.Workspace))
            {
                problems.Add(new(task.Name, $"pipeline task '{task.Name}' binds workspace '{binding.Name}' to unknown pipeline workspace '{binding.Workspace}'"));
            }
            if (definition is not null && !(definition.Spec.Workspaces ?? []).Any(w => w.Name == binding.Name))
            {
                problems.Add(new(task.Name, $"pipeline task '{task.Name}' binds workspace '{binding.Name}', which Task '{definition.Metadata.Name}' does not declare"));
            }
        }
        foreach (var needed in (definition?.Spec.Workspaces ?? []).Where(w => w.Optional != true && !(task.Workspaces ?? []).Any(b => b.Name == w.Name)))
        {
            problems.Add(new(task.Name, $"pipeline task '{task.Name}' does not bind workspace '{needed.Name}' required by Task '{definition!.Metadata.Name}'"));
        }
    }
}
