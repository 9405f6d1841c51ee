using Infra.Engine.Execution;
using Infra.Engine.Planning;

namespace Infra.Engine.Operations;

/// <summary>What an operation did.</summary>
/// <param name="ExitCode">The exit code (see <see cref="ExitCodes"/>).</param>
/// <param name="Plan">The plan (preview) or the steps performed.</param>
/// <param name="Deployment">The run's result, when the program ran.</param>
/// <param name="Message">A final message for the user, if any.</param>
public sealed record OperationResult(int ExitCode, PlanDocument? Plan, DeploymentResult? Deployment, string? Message = null);
