using System.Collections.Immutable;
using Infra.Deployment;
using Infra.Engine.Diagnostics;
using Infra.Engine.Events;
using Infra.Engine.Journal;
using Infra.Engine.Planning;
using Infra.Engine.State;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Engine.Execution;

public sealed partial class DeploymentRun
{
    private async Task ProcessCustomAsync(Resource resource, RegistrationRequest request)
    {
        var urn = resource.Urn;
        StepKind? kind = null;
        try
        {
            await Task.Yield();
            if (!_registered.TryAdd(urn, resource))
            {
                throw new InputException($"duplicate resource URN {urn}: two resources of type {resource.Type} are named '{resource.Name}' under the same parent; give them distinct names.");
            }
            var serialized = await AwaitInputsAsync(resource, request).ConfigureAwait(false);
            await AwaitParentRecordedAsync(resource).ConfigureAwait(false);
            var dependencies = await AwaitDependenciesAsync(resource, serialized.Dependencies, request.Options).ConfigureAwait(false);
            await _priorReady.ConfigureAwait(false);
            var inputs = serialized.Value.Kind == PropertyValueKind.Object ? serialized.Value.ObjectValue : PropertyMap.Empty;
            var old = FindOld(resource, request.Options);
            var goal = new ResourceGoal(urn, resource.Type, resource.Name, true, resource.Parent?.Urn, inputs, dependencies, request.Options);
            if (!IsTargeted(urn, dependencies))
            {
                await CompleteUntargetedAsync(resource, old).ConfigureAwait(false);
                return;
            }
            var provider = _providers.Get(((CustomResource)resource).Package);
            var step = await StepGenerator.GenerateAsync(goal, old, provider, _cancellationToken).ConfigureAwait(false);
            kind = step.Kind;
            if (step.Kind != StepKind.Same || !NewState(step, step.Old!.Id, step.Old.Outputs).SameAs(step.Old))
            {
                NoteStateChange();
            }
            CheckAgainstPlan(step);
            var planned = _plan.Add(step);
            Count(step.Kind);
            var result = _settings.DryRun
                ? await PreviewStepAsync(step, provider, planned).ConfigureAwait(false)
                : await ExecuteStepAsync(step, provider).ConfigureAwait(false);
            Record(step, result);
            resource.Completion.TrySetResult(result);
        }
        catch (Exception e)
        {
            HandleFailure(resource, kind, e);
        }
    }

    private async Task ProcessComponentAsync(Resource resource, RegistrationRequest request)
    {
        var urn = resource.Urn;
        try
        {
            await Task.Yield();
            if (!_registered.TryAdd(urn, resource))
            {
                throw new InputException($"duplicate resource URN {urn}: two components of type {resource.Type} are named '{resource.Name}' under the same parent; give them distinct names.");
            }
            await AwaitParentRecordedAsync(resource).ConfigureAwait(false);
            await _priorReady.ConfigureAwait(false);
            var old = FindOld(resource, request.Options);
            var goal = new ResourceGoal(urn, resource.Type, resource.Name, false, resource.Parent?.Urn, PropertyMap.Empty, [], request.Options);
            var step = StepGenerator.GenerateComponent(goal, old);
            if (_settings.Targets is not null)
            {
                _targeted[urn] = _settings.Targets.Contains(urn);
            }
            _recording?.Add(step, null);
            resource.Completion.TrySetResult(await CompleteComponentAsync(step).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            HandleFailure(resource, null, e);
        }
    }

    /// <summary>Records a component's step (in an update, journals it when its record changes).</summary>
    private async Task<ResourceResult> CompleteComponentAsync(Step step)
    {
        var goal = step.Goal!;
        var old = step.Old;
        var urn = goal.Urn;
        var recordChanges = old is null || old.Urn != urn || old.Parent != goal.Parent || old.Protect != goal.Options.Protect;
        if (recordChanges)
        {
            NoteStateChange();
        }
        if (!_settings.DryRun && recordChanges)
        {
            var state = new ResourceState(urn, goal.Type, false, null, goal.Parent, PropertyMap.Empty, old?.Outputs ?? PropertyMap.Empty, [], goal.Options.Protect);
            await _journal!.AppendAsync(JournalOp.Commit, old is null ? StepKind.Create : StepKind.Same, old?.Urn ?? urn, state).ConfigureAwait(false);
        }
        _plan.Add(step);
        Count(step.Kind);
        _events.Publish(new StepFinishedEvent(urn, goal.Type, step.Kind, TimeSpan.Zero, [], _settings.DryRun));
        return new ResourceResult(null, old?.Outputs ?? PropertyMap.Empty);
    }

    private void Record(Step step, ResourceResult result)
    {
        if (_recording is null)
        {
            return;
        }
        if (step.NewInputs is { ContainsUnknowns: true })
        {
            _recording.RuleOut($"the inputs of {step.Urn} depend on values known only after deployment");
        }
        _recording.Add(step, result);
    }

    private async Task RecordComponentOutputsAsync(Resource resource, Task<PropertyMap> outputsTask)
    {
        PropertyMap outputs;
        try
        {
            outputs = await outputsTask.ConfigureAwait(false);
            await resource.Completion.Task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // An output that depends on a failed resource: the failure is reported where it happened.
            return;
        }
        if (_settings.DryRun)
        {
            if (outputs.ContainsUnknowns)
            {
                _recording?.RuleOut($"the outputs of {resource.Urn} depend on values known only after deployment");
            }
            _recording?.AddOutputs(resource.Urn, outputs);
            await _priorReady.ConfigureAwait(false);
            if (outputs.ContainsUnknowns || !PriorByUrn.TryGetValue(resource.Urn, out var prior) || !prior.Outputs.Equals(outputs))
            {
                NoteStateChange();
            }
            return;
        }
        await RecordOutputsAsync(resource.Urn, outputs).ConfigureAwait(false);
    }

    private async Task RecordOutputsAsync(string urn, PropertyMap outputs)
    {
        if (outputs.ContainsUnknowns)
        {
            return;
        }
        var current = _journal!.State.Find(urn);
        if (current is not null && !current.Outputs.Equals(outputs))
        {
            await _journal.AppendAsync(JournalOp.Commit, StepKind.Outputs, urn, current with { Outputs = outputs }).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A child is recorded only after its parent component is, so state never names a parent it does not hold —
    /// not even after a crash between the two records.
    /// </summary>
    private static async Task AwaitParentRecordedAsync(Resource resource)
    {
        if (resource.Parent is not { IsCustom: false } parent)
        {
            return;
        }
        try
        {
            await parent.Completion.Task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            throw new ResourceFailedException(resource.Urn, $"skipped because its parent {parent.Urn} failed", skipped: true);
        }
    }

    private static async Task<Serialization.SerializedValue> AwaitInputsAsync(Resource resource, RegistrationRequest request)
    {
        try
        {
            return await request.Inputs.ConfigureAwait(false);
        }
        catch (ResourceFailedException e)
        {
            throw new ResourceFailedException(resource.Urn, $"skipped because {e.Urn} {(e.Skipped ? "was skipped" : "failed")}", skipped: true);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ConfigException)
        {
            throw new StepFailedException($"computing its inputs failed: {e.GetType().Name}: {e.Message}", e);
        }
    }

    private async Task<ImmutableArray<string>> AwaitDependenciesAsync(Resource resource, ImmutableHashSet<Resource> dataDependencies, ResourceOptions options)
    {
        // Plain loops: this runs once per resource, and most have one or two dependencies.
        var all = new List<Resource>(dataDependencies.Count + options.DependsOn.Count + 1);
        foreach (var dependency in dataDependencies)
        {
            ExpandCustom(dependency, all);
        }
        foreach (var dependency in options.DependsOn)
        {
            if (dependency is not null)
            {
                ExpandCustom(dependency, all);
            }
        }
        if (resource.Parent is { IsCustom: true } parent)
        {
            ExpandCustom(parent, all);
        }
        if (all.Count == 0)
        {
            return [];
        }
        var urns = new List<string>(all.Count);
        var seen = all.Count > 8 ? new HashSet<Resource>(ReferenceEqualityComparer.Instance) : null;
        for (var i = 0; i < all.Count; i++)
        {
            var dependency = all[i];
            if (ReferenceEquals(dependency, resource) || (seen is null ? IndexOfReference(all, dependency) < i : !seen.Add(dependency)))
            {
                continue;
            }
            try
            {
                await dependency.Completion.Task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                throw new ResourceFailedException(resource.Urn, $"skipped because {dependency.Urn} failed", skipped: true);
            }
            urns.Add(dependency.Urn);
        }
        urns.Sort(StringComparer.Ordinal);
        var sorted = ImmutableArray.CreateBuilder<string>(urns.Count);
        foreach (var urn in urns)
        {
            if (sorted.Count == 0 || !string.Equals(sorted[^1], urn, StringComparison.Ordinal))
            {
                sorted.Add(urn);
            }
        }
        return sorted.DrainToImmutable();
    }

    private static int IndexOfReference(List<Resource> resources, Resource resource)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            if (ReferenceEquals(resources[i], resource))
            {
                return i;
            }
        }
        return -1;
    }

    private static void ExpandCustom(Resource resource, List<Resource> into)
    {
        if (resource.IsCustom)
        {
            into.Add(resource);
            return;
        }
        foreach (var child in resource.Children)
        {
            ExpandCustom(child, into);
        }
    }

    private ResourceState? FindOld(Resource resource, ResourceOptions options)
    {
        if (PriorByUrn.TryGetValue(resource.Urn, out var old))
        {
            return old;
        }
        foreach (var alias in options.Aliases)
        {
            var aliasUrn = alias.Urn ?? Infra.Urn.Create(
                _settings.Stack,
                _settings.Project,
                alias.NoParent ? null : (alias.Parent ?? resource.Parent) is { } parent && parent.Type != Infra.Urn.StackType ? parent.QualifiedType : null,
                alias.Type ?? resource.Type,
                alias.Name ?? resource.Name);
            if (PriorByUrn.TryGetValue(aliasUrn, out var aliased) && !_registered.ContainsKey(aliasUrn) && _claimedByAlias.TryAdd(aliasUrn, resource.Urn))
            {
                return aliased;
            }
        }
        return null;
    }

    private bool IsTargeted(string urn, ImmutableArray<string> dependencies)
    {
        if (_settings.Targets is null)
        {
            // Without --target everything is targeted and nothing reads the map.
            return true;
        }
        var targeted = _settings.Targets.Contains(urn) || dependencies.Any(d => _targeted.TryGetValue(d, out var t) && t);
        _targeted[urn] = targeted;
        return targeted;
    }

    private async Task CompleteUntargetedAsync(Resource resource, ResourceState? old)
    {
        if (old is null)
        {
            _skipped.Add(resource.Urn);
            _events.Publish(new StepSkippedEvent(resource.Urn, resource.Type, "not created: not targeted"));
            resource.Completion.TrySetException(new ResourceFailedException(resource.Urn, "not created because it is not targeted", skipped: true));
            return;
        }
        if (old.Urn != resource.Urn)
        {
            NoteStateChange();
        }
        if (!_settings.DryRun && old.Urn != resource.Urn)
        {
            await _journal!.AppendAsync(JournalOp.Commit, StepKind.Same, old.Urn, old with { Urn = resource.Urn }).ConfigureAwait(false);
        }
        resource.Completion.TrySetResult(new ResourceResult(old.Id, old.Outputs));
    }

    private void HandleFailure(Resource resource, StepKind? kind, Exception e) =>
        resource.Completion.TrySetException(_priorReady is { IsCompleted: true, IsCompletedSuccessfully: false }
            ? new ResourceFailedException(resource.Urn, "the stack's state could not be read", skipped: true) // RunAsync reports why, once
            : ReportFailure(resource.Urn, resource.Type, kind, e));

    /// <summary>Reports a failed or skipped resource; returns what its dependents see.</summary>
    private ResourceFailedException ReportFailure(string urn, string type, StepKind? kind, Exception e)
    {
        switch (e)
        {
            case ResourceFailedException { Skipped: true } skipped:
                _skipped.Add(urn);
                _events.Publish(new StepSkippedEvent(urn, type, skipped.Message));
                return new ResourceFailedException(urn, skipped.Message, skipped: true);
            case InputException or CheckFailedException or ConfigException or ProtectedResourceException or PlanMismatchException:
                Fail(urn, kind, e.Message, badInput: e is not ProtectedResourceException and not PlanMismatchException);
                break;
            case OperationCanceledException when _cancellationToken.IsCancellationRequested:
                Fail(urn, kind, "cancelled before it finished", badInput: false);
                break;
            default:
                Fail(urn, kind, e.Message, badInput: false);
                break;
        }
        return new ResourceFailedException(urn, $"{urn} failed", skipped: false);
    }
}
