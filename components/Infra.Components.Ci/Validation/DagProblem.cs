namespace Infra.Components.Ci.Validation;

/// <summary>A consistency problem of a pipeline or workflow graph, naming the task it is about.</summary>
/// <param name="Task">The task (pipeline task or DAG task) the problem is about.</param>
/// <param name="Message">What is wrong, naming the task.</param>
public sealed record DagProblem(string Task, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
