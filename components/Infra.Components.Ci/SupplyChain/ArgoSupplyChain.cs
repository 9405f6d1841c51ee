using Infra.Components.Ci.Argo;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>The Argo Workflows form of a supply chain.</summary>
/// <param name="Template">The WorkflowTemplate (a DAG).</param>
/// <param name="Schedule">The CronWorkflow, when schedules are given.</param>
public sealed record ArgoSupplyChain(WorkflowTemplate Template, CronWorkflow? Schedule);
