using Infra.Engine.Planning;

namespace Infra.Cli.Reports;

/// <summary>The changed resources below one component (or at the top of the stack).</summary>
/// <param name="Label">The component as <c>ConsulCluster consul</c>, or <c>(stack)</c> for resources directly in the stack.</param>
/// <param name="Steps">Its changed steps in URN order.</param>
internal sealed record ComponentChanges(string Label, IReadOnlyList<PlanStep> Steps);
