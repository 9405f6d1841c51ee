using System.Collections.Immutable;
using Infra.Engine.Events;
using Infra.Engine.Journal;
using Infra.Engine.Providers;
using Infra.Engine.State;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Engine.Operations;

/// <summary>Reads resources from their providers and records differences (drift).</summary>
/// <param name="providers">The providers.</param>
/// <param name="events">Where progress goes.</param>
public sealed class Refresher(ProviderRegistry providers, IEngineEventSink events)
{
    /// <summary>One resource whose live state differs from state.</summary>
    /// <param name="Resource">The recorded resource.</param>
    /// <param name="Live">The live read (null ID: gone).</param>
    /// <param name="ChangedPaths">Output paths that differ.</param>
    public sealed record Drift(ResourceState Resource, ReadResponse Live, IReadOnlyList<string> ChangedPaths)
    {
        /// <summary>A one-line description.</summary>
        public string Describe() => Live.Id is null
            ? $"- {Resource.Urn}: deleted outside Infra"
            : $"~ {Resource.Urn}: changed outside Infra ({string.Join(", ", ChangedPaths)})";
    }

    /// <summary>Reads every custom resource.</summary>
    public async Task<IReadOnlyList<Drift>> ReadAllAsync(StackState state, CancellationToken cancellationToken)
    {
        var drift = new List<Drift>();
        foreach (var resource in state.Resources.Where(r => r.Custom && !r.PendingReplacement))
        {
            var live = await providers.Get(resource.Package).ReadAsync(new ReadRequest(resource.Urn, resource.Type, resource.Id, resource.Inputs, resource.Outputs), cancellationToken).ConfigureAwait(false);
            events.Publish(new StepFinishedEvent(resource.Urn, resource.Type, StepKind.Refresh, TimeSpan.Zero, [], Preview: true));
            if (live.Id is null)
            {
                drift.Add(new Drift(resource, live, []));
                continue;
            }
            var liveOutputs = KeepSecretMarkers(live.Outputs, resource.Outputs);
            var changed = PropertyDiff.Compute(resource.Outputs, liveOutputs);
            if (changed.Count > 0)
            {
                drift.Add(new Drift(resource, live with { Outputs = liveOutputs }, changed));
            }
        }
        return drift;
    }

    /// <summary>The state with the drift applied (for previews, which write nothing).</summary>
    public static StackState Apply(StackState state, IReadOnlyList<Drift> drift)
    {
        var byUrn = drift.ToDictionary(d => d.Resource.Urn + "|" + d.Resource.Id, StringComparer.Ordinal);
        var fixups = DependentFixups(state, drift);
        var resources = state.Resources
            .Where(r => !(byUrn.TryGetValue(r.Urn + "|" + r.Id, out var d) && d.Live.Id is null))
            .Select(r => byUrn.TryGetValue(r.Urn + "|" + r.Id, out var d) ? r with { Outputs = d.Live.Outputs } : r)
            .Select(r => fixups.TryGetValue(r.Urn + "|" + r.Id, out var fixedUp) ? fixedUp with { Outputs = r.Outputs } : r)
            .ToImmutableArray();
        return state with { Resources = resources };
    }

    /// <summary>
    /// Journals the drift as refresh steps. Resources deleted outside Infra leave state, and whatever named them as a
    /// dependency or parent is rewritten to no longer do so (Pulumi's dependency fix-up), so the state stays consistent.
    /// </summary>
    public static async Task RecordAsync(JournalWriter journal, StackState state, IReadOnlyList<Drift> drift)
    {
        var fixups = DependentFixups(state, drift);
        foreach (var item in drift)
        {
            if (item.Live.Id is null)
            {
                await journal.AppendAsync(JournalOp.Commit, StepKind.Remove, item.Resource.Urn, null, item.Resource.Id).ConfigureAwait(false);
            }
            else
            {
                // A drifted resource that also needs a fix-up is committed once, with both.
                var record = fixups.Remove(item.Resource.Urn + "|" + item.Resource.Id, out var fixedUp) ? fixedUp : item.Resource;
                await journal.AppendAsync(JournalOp.Commit, StepKind.Refresh, item.Resource.Urn, record with { Outputs = item.Live.Outputs }).ConfigureAwait(false);
            }
        }
        foreach (var fixedUp in fixups.Values)
        {
            await journal.AppendAsync(JournalOp.Commit, StepKind.Refresh, fixedUp.Urn, fixedUp).ConfigureAwait(false);
        }
    }

    /// <summary>The remaining resources that named a vanished resource as a dependency or parent, rewritten without it.</summary>
    private static Dictionary<string, ResourceState> DependentFixups(StackState state, IReadOnlyList<Drift> drift)
    {
        var vanished = drift.Where(d => d.Live.Id is null).Select(d => d.Resource).ToList();
        var fixups = new Dictionary<string, ResourceState>(StringComparer.Ordinal);
        if (vanished.Count == 0)
        {
            return fixups;
        }
        var vanishedKeys = vanished.Select(r => r.Urn + "|" + r.Id).ToHashSet(StringComparer.Ordinal);
        var remaining = state.Resources.Where(r => !vanishedKeys.Contains(r.Urn + "|" + r.Id)).ToList();
        var stillThere = remaining.Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        var gone = vanished.Where(r => !stillThere.Contains(r.Urn)).ToDictionary(r => r.Urn, StringComparer.Ordinal);
        foreach (var resource in remaining)
        {
            var parent = resource.Parent;
            while (parent is not null && gone.TryGetValue(parent, out var goneParent))
            {
                parent = goneParent.Parent;
            }
            var dependencies = resource.Dependencies.Any(gone.ContainsKey)
                ? resource.Dependencies.Where(d => !gone.ContainsKey(d)).ToImmutableArray()
                : resource.Dependencies;
            if (parent != resource.Parent || dependencies != resource.Dependencies)
            {
                fixups[resource.Urn + "|" + resource.Id] = resource with { Parent = parent, Dependencies = dependencies };
            }
        }
        return fixups;
    }

    private static PropertyMap KeepSecretMarkers(PropertyMap live, PropertyMap recorded) =>
        PropertyMap.Create(live.Select(p => recorded.Get(p.Key)?.Kind == PropertyValueKind.Secret && p.Value.Kind != PropertyValueKind.Secret
            ? KeyValuePair.Create(p.Key, PropertyValue.MakeSecret(p.Value))
            : p));
}
