using System.Collections.Concurrent;
using Infra.Deployment;
using Infra.Engine.Planning;
using Infra.Engine.State;

namespace Infra.Engine.Execution;

public sealed partial class DeploymentRun
{
    private readonly ConcurrentDictionary<string, ReplayedResource> _replayed = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _diverged = [];

    /// <summary>
    /// Carries out the steps of <paramref name="recording"/>, a preview of this same state, without running the
    /// program again. A step starts once the resources it depends on (and its parent) are done. When a provider
    /// returns outputs other than it predicted, the resources depending on it stop with the same error a second program
    /// run would give them (their inputs would differ from the plan), and the component and stack outputs, computed
    /// from the prediction, are not recorded (see <see cref="DeploymentResult.Diverged"/>).
    /// </summary>
    public async Task<DeploymentResult> ReplayAsync(PreviewRecording recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        await _priorReady.ConfigureAwait(false);
        if (_settings.DryRun || recording.Obstacle is not null)
        {
            throw new InvalidOperationException("only an update can replay a preview, and only a preview without obstacles.");
        }
        using var activity = Telemetry.EngineTelemetry.Source.StartActivity("program.update");
        activity?.SetTag("infra.stack", _settings.Stack);
        activity?.SetTag("infra.update.replayed", true);
        foreach (var (old, claimedBy) in recording.ClaimedAliases)
        {
            _claimedByAlias[old] = claimedBy;
        }
        var steps = recording.Steps;
        var done = new Dictionary<string, TaskCompletionSource<bool>>(steps.Count, StringComparer.Ordinal);
        foreach (var recorded in steps)
        {
            var completion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            done[recorded.Step.Urn] = completion;
            _replayed[recorded.Step.Urn] = new ReplayedResource(completion.Task, recorded.Step.Goal?.Parent);
        }
        var work = new Task[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            work[i] = ReplayStepAsync(steps[i], done);
        }
        await Task.WhenAll(work).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (_failures.IsEmpty && _skipped.IsEmpty)
        {
            if (_diverged.IsEmpty)
            {
                await Task.WhenAll(recording.ComponentOutputs.Select(o => RecordOutputsAsync(o.Key, o.Value))).ConfigureAwait(false);
            }
            await DeleteUnregisteredAsync(cancellationToken).ConfigureAwait(false);
        }
        return Result();
    }

    // Completes with true when the resource ended as the preview predicted, false when its outputs differ.
    private async Task ReplayStepAsync(RecordedStep recorded, Dictionary<string, TaskCompletionSource<bool>> done)
    {
        var step = recorded.Step;
        var goal = step.Goal!;
        var completion = done[step.Urn];
        try
        {
            await Task.Yield();
            foreach (var upstream in goal.Dependencies.Append(goal.Parent ?? ""))
            {
                if (!done.TryGetValue(upstream, out var dependency))
                {
                    continue;
                }
                bool upstreamAsPredicted;
                try
                {
                    upstreamAsPredicted = await dependency.Task.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    throw new ResourceFailedException(step.Urn, $"skipped because {upstream} failed", skipped: true);
                }
                if (!upstreamAsPredicted)
                {
                    throw new PlanMismatchException($"{step.Urn}: {upstream} returned outputs other than its provider predicted, so the inputs of this resource would differ from the plan. Run preview again and review the new plan.");
                }
            }
            if (!goal.Custom)
            {
                await CompleteComponentAsync(step).ConfigureAwait(false);
                completion.TrySetResult(true);
                return;
            }
            var provider = _providers.Get(PackageOf(step.Type));
            _plan.Add(step);
            Count(step.Kind);
            var result = await ExecuteStepAsync(step, provider).ConfigureAwait(false);
            var asPredicted = step.Kind == StepKind.Same || AsPredicted(recorded.Predicted, result);
            if (!asPredicted)
            {
                _diverged.Add(step.Urn);
            }
            completion.TrySetResult(asPredicted);
        }
        catch (Exception e)
        {
            completion.TrySetException(ReportFailure(step.Urn, step.Type, step.Kind, e));
        }
    }

    // Every output the preview knew must come out the same: the program may have read it. (An output the preview did
    // not know was not read, or the recording would not be replayed.)
    private static bool AsPredicted(ResourceResult? predicted, ResourceResult actual)
    {
        if (predicted is null)
        {
            return true;
        }
        foreach (var (key, value) in predicted.Outputs)
        {
            if (value.ContainsUnknowns)
            {
                continue;
            }
            if (!actual.Outputs.TryGetValue(key, out var real) || !real.Equals(value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A resource of a replayed update: its step's outcome and its parent's URN.</summary>
    private readonly record struct ReplayedResource(Task<bool> Done, string? Parent);
}
