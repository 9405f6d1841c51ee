using System.Diagnostics;
using Infra.Deployment;
using Infra.Engine.Events;
using Infra.Engine.Journal;
using Infra.Engine.Planning;
using Infra.Engine.State;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Engine.Execution;

public sealed partial class DeploymentRun
{
    private async Task<ResourceResult> PreviewStepAsync(Step step, IProvider provider, PlanStep planned)
    {
        _events.Publish(new StepStartedEvent(step.Urn, step.Type, step.Kind, Preview: true));
        ResourceResult result;
        if (step.Kind == StepKind.Same)
        {
            result = new ResourceResult(step.Old!.Id, step.Old.Outputs);
        }
        else
        {
            var predicted = await provider.PreviewAsync(new PreviewRequest(step.Urn, step.Type, step.Kind == StepKind.Update ? step.Old!.Id : null, step.NewInputs!, step.Kind == StepKind.Update ? step.Old!.Outputs : null), _cancellationToken).ConfigureAwait(false);
            result = new ResourceResult(step.Kind == StepKind.Update ? step.Old!.Id : null, MarkSecretOutputs(predicted.Outputs, step), Predicted: true);
        }
        _events.Publish(new StepFinishedEvent(step.Urn, step.Type, step.Kind, TimeSpan.Zero, planned.ChangedPaths, Preview: true));
        return result;
    }

    private async Task<ResourceResult> ExecuteStepAsync(Step step, IProvider provider)
    {
        var goal = step.Goal!;
        var old = step.Old;
        if (step.Kind == StepKind.Same)
        {
            var same = NewState(step, old!.Id, old.Outputs);
            if (!same.SameAs(old))
            {
                await _journal!.AppendAsync(JournalOp.Commit, StepKind.Same, old.Urn, same).ConfigureAwait(false);
            }
            _events.Publish(new StepFinishedEvent(step.Urn, step.Type, StepKind.Same, TimeSpan.Zero, [], Preview: false));
            return new ResourceResult(old.Id, old.Outputs);
        }
        await _parallel.WaitAsync(_cancellationToken).ConfigureAwait(false);
        var slot = new HeldSlot(_parallel);
        var watch = Stopwatch.StartNew();
        _events.Publish(new StepStartedEvent(step.Urn, step.Type, step.Kind, Preview: false));
        using var activity = StartStepActivity(step.Urn, step.Type, step.Kind);
        try
        {
            var result = step.Kind switch
            {
                StepKind.Create => await CreateAsync(step, provider, StepKind.Create, slot).ConfigureAwait(false),
                StepKind.Update => await UpdateAsync(step, provider, slot).ConfigureAwait(false),
                StepKind.Replace => await ReplaceAsync(step, provider, slot).ConfigureAwait(false),
                _ => throw new InvalidOperationException($"unexpected step kind {step.Kind} for a registered resource"),
            };
            _events.Publish(new StepFinishedEvent(step.Urn, step.Type, step.Kind, watch.Elapsed, step.ChangedPaths, Preview: false));
            EndStepActivity(activity, step.Kind, null);
            return result;
        }
        catch (Exception e)
        {
            EndStepActivity(activity, step.Kind, e.Message);
            throw;
        }
        finally
        {
            slot.Release();
            _ = goal;
        }
    }

    private async Task<ResourceResult> CreateAsync(Step step, IProvider provider, StepKind journalKind, HeldSlot slot)
    {
        if (!provider.DefersEffects)
        {
            await _journal!.AppendAsync(JournalOp.Begin, journalKind, step.Urn, NewState(step, null, PropertyMap.Empty)).ConfigureAwait(false);
        }
        CreateResponse created;
        try
        {
            using var timeout = Timeout(step.Goal!.Options.CustomTimeouts?.Create);
            var token = timeout?.Token ?? CancellationToken.None;
            created = await Telemetry.EngineTelemetry.ProviderCallAsync(PackageOf(step.Type), "create", step.Urn, () => provider.CreateAsync(new CreateRequest(step.Urn, step.Type, step.NewInputs!, step.Goal.Options.CustomTimeouts?.Create), token)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            slot.Release();
            throw await RecordFailureAsync(journalKind, step, e, step.Goal!.Options.CustomTimeouts?.Create).ConfigureAwait(false);
        }
        slot.Release();
        var outputs = MarkSecretOutputs(created.Outputs, step);
        // A provider that defers its effects has done nothing visible yet: the record need only be queued ahead of its
        // dependents' records, and all are durable before the provider finishes (see ExecuteAsync in StackOperations).
        await _journal!.AppendAsync(JournalOp.Commit, journalKind, step.Urn, NewState(step, created.Id, outputs), untilDurable: !provider.DefersEffects).ConfigureAwait(false);
        return new ResourceResult(created.Id, outputs);
    }

    private async Task<ResourceResult> UpdateAsync(Step step, IProvider provider, HeldSlot slot)
    {
        var old = step.Old!;
        if (!provider.DefersEffects)
        {
            await _journal!.AppendAsync(JournalOp.Begin, StepKind.Update, old.Urn, NewState(step, old.Id, old.Outputs)).ConfigureAwait(false);
        }
        UpdateResponse updated;
        try
        {
            using var timeout = Timeout(step.Goal!.Options.CustomTimeouts?.Update);
            var token = timeout?.Token ?? CancellationToken.None;
            updated = await Telemetry.EngineTelemetry.ProviderCallAsync(PackageOf(step.Type), "update", step.Urn, () => provider.UpdateAsync(new UpdateRequest(step.Urn, step.Type, old.Id!, old.Inputs, old.Outputs, step.NewInputs!, step.Goal.Options.CustomTimeouts?.Update), token)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            slot.Release();
            throw await RecordFailureAsync(StepKind.Update, step, e, step.Goal!.Options.CustomTimeouts?.Update, old.Urn).ConfigureAwait(false);
        }
        slot.Release();
        var outputs = MarkSecretOutputs(updated.Outputs, step);
        await _journal!.AppendAsync(JournalOp.Commit, StepKind.Update, old.Urn, NewState(step, old.Id, outputs), untilDurable: !provider.DefersEffects).ConfigureAwait(false);
        return new ResourceResult(old.Id, outputs);
    }

    private async Task<ResourceResult> ReplaceAsync(Step step, IProvider provider, HeldSlot slot)
    {
        var old = step.Old!;
        if (step.DeleteBeforeReplace)
        {
            // The slot stays held from the delete through the create's provider call.
            await DeleteResourceAsync(old, StepKind.Delete, provider, null).ConfigureAwait(false);
            return await CreateAsync(step, provider, StepKind.Create, slot).ConfigureAwait(false);
        }
        var result = await CreateAsync(step, provider, StepKind.Replace, slot).ConfigureAwait(false);
        _replaced.Enqueue(old with { PendingReplacement = true });
        return result;
    }

    private async Task DeleteResourceAsync(ResourceState resource, StepKind kind, IProvider? provider, HeldSlot? slot)
    {
        var urn = resource.Urn;
        if (resource.RetainOnDelete || !resource.Custom)
        {
            await _journal!.AppendAsync(JournalOp.Commit, resource.Custom ? StepKind.Remove : StepKind.Delete, urn, null, resource.Id).ConfigureAwait(false);
            return;
        }
        // Deletes keep their begin record even for a provider that defers effects: recovery tells a delete (which the
        // provider must still carry out) from a retained resource (only forgotten) by it.
        await _journal!.AppendAsync(JournalOp.Begin, kind, urn, resource, resource.Id).ConfigureAwait(false);
        try
        {
            await Telemetry.EngineTelemetry.ProviderCallAsync(resource.Package, "delete", urn, async () =>
            {
                await provider!.DeleteAsync(new DeleteRequest(urn, resource.Type, resource.Id!, resource.Inputs, resource.Outputs, null), CancellationToken.None).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            slot?.Release();
            await _journal.AppendAsync(JournalOp.Fail, kind, urn, resource, resource.Id, SecretScrubber.Scrub(e.Message, resource.Inputs, resource.Outputs)).ConfigureAwait(false);
            throw new StepFailedException(SecretScrubber.Scrub(e.Message, resource.Inputs, resource.Outputs), e);
        }
        slot?.Release();
        await _journal.AppendAsync(JournalOp.Commit, kind, urn, null, resource.Id).ConfigureAwait(false);
    }

    private async Task<Exception> RecordFailureAsync(StepKind kind, Step step, Exception e, TimeSpan? timeoutAfter, string? urn = null)
    {
        var message = e is OperationCanceledException && !_cancellationToken.IsCancellationRequested && timeoutAfter is not null
            ? $"{PlanBuilder.KindName(kind)} timed out after {timeoutAfter.Value.TotalSeconds:0.#}s"
            : SecretScrubber.Scrub(e.Message, step.NewInputs, step.Old?.Inputs, step.Old?.Outputs);
        await _journal!.AppendAsync(JournalOp.Fail, kind, urn ?? step.Urn, null, error: message).ConfigureAwait(false);
        return new StepFailedException(message, e);
    }

    private static Activity? StartStepActivity(string urn, string type, StepKind kind)
    {
        var activity = Telemetry.EngineTelemetry.Source.StartActivity("step");
        activity?.SetTag("infra.urn", urn);
        activity?.SetTag("infra.type", type);
        activity?.SetTag("infra.step.kind", PlanBuilder.KindName(kind));
        activity?.SetTag("infra.provider", TypeToken.Package(type));
        return activity;
    }

    private static void EndStepActivity(Activity? activity, StepKind kind, string? error)
    {
        activity?.SetTag("infra.outcome", error is null ? "succeeded" : "failed");
        if (error is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error);
        }
        Telemetry.EngineTelemetry.Steps.Add(1, new KeyValuePair<string, object?>("kind", PlanBuilder.KindName(kind)), new KeyValuePair<string, object?>("outcome", error is null ? "succeeded" : "failed"));
    }

    /// <summary>
    /// The token of one provider call: only its custom timeout cancels it. An interrupt (the run's token) stops new
    /// steps from starting but lets calls in flight finish, so their outcome is journaled instead of left pending.
    /// </summary>
    /// <returns>The source that cancels at the timeout, or null without one (most steps need no source of their own).</returns>
    private static CancellationTokenSource? Timeout(TimeSpan? timeout)
    {
        if (timeout is not { } t)
        {
            return null;
        }
        var source = new CancellationTokenSource();
        source.CancelAfter(t);
        return source;
    }

    private string PackageOf(string type) => _packages.GetOrAdd(type, TypeToken.Package);

    private static ResourceState NewState(Step step, string? id, PropertyMap outputs)
    {
        var goal = step.Goal!;
        return new ResourceState(step.Urn, step.Type, true, id, goal.Parent, step.NewInputs!, outputs, goal.Dependencies, goal.Options.Protect, goal.Options.RetainOnDelete);
    }

    private static PropertyMap MarkSecretOutputs(PropertyMap outputs, Step step)
    {
        var inputs = step.NewInputs ?? PropertyMap.Empty;
        var additional = step.Goal?.Options.AdditionalSecretOutputs ?? [];
        if (!inputs.ContainsSecrets && additional.Count == 0)
        {
            return outputs;
        }
        return PropertyMap.Create(outputs.Select(o =>
            (inputs.Get(o.Key)?.Kind == PropertyValueKind.Secret || additional.Contains(o.Key)) && o.Value.Kind != PropertyValueKind.Secret
                ? KeyValuePair.Create(o.Key, PropertyValue.MakeSecret(o.Value))
                : o));
    }

    private void CheckAgainstPlan(Step step)
    {
        if (_expected is null)
        {
            return;
        }
        var kind = PlanBuilder.KindName(step.Kind);
        if (!_expected.TryGetValue(step.Urn + "|", out var planned))
        {
            throw new PlanMismatchException($"{step.Urn}: the program now wants a {kind} step, but the plan has no step for this resource. Run preview again and review the new plan.");
        }
        if (planned.Kind != kind)
        {
            throw new PlanMismatchException($"{step.Urn}: the plan says {planned.Kind} but the program now wants {kind}. Run preview again and review the new plan.");
        }
        // A plan made in this process still holds its property maps: equal maps render the same JSON, so the JSON
        // comparison (needed for unknowns and for plans read from a file) runs only when they differ.
        var same = step.NewInputs is not null && planned.NewInputsSource is { } plannedInputs && plannedInputs.Equals(step.NewInputs);
        if (!same && !PlanMatcher.Matches(planned.NewInputs, step.NewInputs is null ? null : PropertyJson.ToJson(step.NewInputs, SecretRendering.Redact)))
        {
            throw new PlanMismatchException($"{step.Urn}: the inputs differ from the plan. Run preview again and review the new plan.");
        }
        lock (_matchedLock)
        {
            _matched.Add(step.Urn + "|" + (step.Kind == StepKind.DeleteReplaced ? "dr" : ""));
        }
    }

    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);
    private readonly Lock _matchedLock = new();

    private void CheckPlanFullyMatched()
    {
        if (_expected is null || _failures.Any() || !_skipped.IsEmpty)
        {
            return;
        }
        foreach (var (key, planned) in _expected)
        {
            bool matched;
            lock (_matchedLock)
            {
                matched = _matched.Contains(key);
            }
            if (!matched && planned.Kind is not "same" && planned.Custom)
            {
                Fail(planned.Urn, null, $"{planned.Urn}: the plan has a {planned.Kind} step that this run did not perform (the program or state changed since the plan). Run preview again.", badInput: false);
            }
        }
    }
}
