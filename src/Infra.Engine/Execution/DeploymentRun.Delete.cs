using System.Collections.Concurrent;
using System.Diagnostics;
using Infra.Engine.Events;
using Infra.Engine.Planning;
using Infra.Engine.State;

namespace Infra.Engine.Execution;

public sealed partial class DeploymentRun
{
    private readonly ConcurrentDictionary<string, bool> _succeededUrns = new(StringComparer.Ordinal);

    private async Task DeleteUnregisteredAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<(ResourceState Resource, StepKind Kind)>();
        foreach (var resource in Prior.Resources)
        {
            if (resource.PendingReplacement)
            {
                candidates.Add((resource, StepKind.DeleteReplaced));
            }
            else if (!_registered.ContainsKey(resource.Urn) && !_replayed.ContainsKey(resource.Urn) && !_claimedByAlias.ContainsKey(resource.Urn))
            {
                candidates.Add((resource, StepKind.Delete));
            }
        }
        candidates.AddRange(_replaced.Select(r => (r, StepKind.DeleteReplaced)));
        if (_settings.Targets is not null)
        {
            candidates = candidates.Where(c => _settings.Targets.Contains(c.Resource.Urn)).ToList();
        }
        if (candidates.Count == 0)
        {
            return;
        }
        NoteStateChange();
        var liveCandidates = candidates.Where(c => c.Kind == StepKind.Delete).Select(c => c.Resource.Urn).ToHashSet(StringComparer.Ordinal);
        var stillReferenced = ReferencesFromKeptResources(liveCandidates);
        var dependents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var resource = candidates[i].Resource;
            foreach (var dependency in resource.Dependencies.Append(resource.Parent ?? ""))
            {
                if (liveCandidates.Contains(dependency) && dependency != resource.Urn)
                {
                    if (!dependents.TryGetValue(dependency, out var list))
                    {
                        dependents[dependency] = list = [];
                    }
                    list.Add(i);
                }
            }
        }
        var tasks = new Task<bool>?[candidates.Count];
        var gate = new Lock();
        Task<bool> DeleteTask(int index)
        {
            lock (gate)
            {
                return tasks[index] ??= DeleteOneAsync(index);
            }
        }
        async Task<bool> DeleteOneAsync(int index)
        {
            await Task.Yield();
            var (resource, kind) = candidates[index];
            var waits = kind == StepKind.Delete && dependents.TryGetValue(resource.Urn, out var list) ? list.Select(DeleteTask).ToArray() : [];
            var results = await Task.WhenAll(waits).ConfigureAwait(false);
            if (results.Any(deleted => !deleted))
            {
                _events.Publish(new DiagnosticEvent("warning", resource.Urn, $"not deleted: a resource depending on {resource.Urn} was not deleted"));
                return false;
            }
            if (kind == StepKind.Delete && stillReferenced.TryGetValue(resource.Urn, out var holder))
            {
                _events.Publish(new DiagnosticEvent("warning", resource.Urn, $"not deleted: {holder} still depends on it (its update did not complete)"));
                return false;
            }
            return await DeleteStepAsync(resource, kind, cancellationToken).ConfigureAwait(false);
        }
        await Task.WhenAll(Enumerable.Range(0, candidates.Count).Select(DeleteTask)).ConfigureAwait(false);
    }

    private async Task<bool> DeleteStepAsync(ResourceState resource, StepKind kind, CancellationToken cancellationToken)
    {
        var step = new Step(kind, resource.Urn, resource.Type, null, resource, null, [], []);
        try
        {
            if (resource.Protect && kind == StepKind.Delete)
            {
                throw new ProtectedResourceException(resource.Urn, $"cannot delete protected resource {resource.Urn}. Run `infra state unprotect '{resource.Urn}'` first if the deletion is intended.");
            }
            CheckDeleteAgainstPlan(step);
            _plan.Add(step);
            Count(kind);
            if (_settings.DryRun)
            {
                _events.Publish(new StepFinishedEvent(resource.Urn, resource.Type, kind, TimeSpan.Zero, [], Preview: true));
                return true;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var provider = resource.Custom && !resource.RetainOnDelete ? _providers.Get(resource.Package) : null;
            await _parallel.WaitAsync(cancellationToken).ConfigureAwait(false);
            var slot = new HeldSlot(_parallel);
            var watch = Stopwatch.StartNew();
            using var activity = StartStepActivity(resource.Urn, resource.Type, kind);
            try
            {
                _events.Publish(new StepStartedEvent(resource.Urn, resource.Type, kind, Preview: false));
                await DeleteResourceAsync(resource, kind, provider, slot).ConfigureAwait(false);
                EndStepActivity(activity, kind, null);
            }
            catch (Exception e)
            {
                EndStepActivity(activity, kind, e.Message);
                throw;
            }
            finally
            {
                slot.Release();
            }
            _events.Publish(new StepFinishedEvent(resource.Urn, resource.Type, kind, watch.Elapsed, [], Preview: false));
            return true;
        }
        catch (Exception e)
        {
            Fail(resource.Urn, kind, e.Message, badInput: e is Diagnostics.InputException);
            return false;
        }
    }

    private Dictionary<string, string> ReferencesFromKeptResources(HashSet<string> deleting)
    {
        var referenced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in Prior.Resources)
        {
            if (deleting.Contains(resource.Urn) || resource.PendingReplacement)
            {
                continue;
            }
            // A registered resource whose step succeeded no longer needs its old dependencies.
            if ((_registered.TryGetValue(resource.Urn, out var registered) && registered.Completion.Task.IsCompletedSuccessfully)
                || (_replayed.TryGetValue(resource.Urn, out var replayed) && replayed.Done.IsCompletedSuccessfully))
            {
                continue;
            }
            foreach (var dependency in resource.Dependencies.Append(resource.Parent ?? ""))
            {
                if (deleting.Contains(dependency))
                {
                    referenced.TryAdd(dependency, resource.Urn);
                }
            }
        }
        foreach (var (urn, resource) in _registered)
        {
            if (!resource.Completion.Task.IsCompletedSuccessfully && resource.Parent is { } parent && deleting.Contains(parent.Urn))
            {
                referenced.TryAdd(parent.Urn, urn);
            }
        }
        foreach (var (urn, resource) in _replayed)
        {
            if (!resource.Done.IsCompletedSuccessfully && resource.Parent is { } parent && deleting.Contains(parent))
            {
                referenced.TryAdd(parent, urn);
            }
        }
        return referenced;
    }

    private void CheckDeleteAgainstPlan(Step step)
    {
        if (_expected is null)
        {
            return;
        }
        var key = step.Urn + "|" + (step.Kind == StepKind.DeleteReplaced ? "dr" : "");
        if (step.Kind == StepKind.DeleteReplaced && !_expected.ContainsKey(key) && _expected.TryGetValue(step.Urn + "|", out var replace) && replace.Kind == "replace")
        {
            return; // the plan's replace step implies deleting the replaced copy
        }
        if (!_expected.TryGetValue(key, out var planned) || planned.Kind != PlanBuilder.KindName(step.Kind))
        {
            throw new PlanMismatchException($"{step.Urn}: this run would {PlanBuilder.KindName(step.Kind)} it, but the plan does not. Run preview again and review the new plan.");
        }
        lock (_matchedLock)
        {
            _matched.Add(key);
        }
    }
}
