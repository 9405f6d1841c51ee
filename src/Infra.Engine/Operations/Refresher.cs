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
        var resources = state.Resources
            .Where(r => !(byUrn.TryGetValue(r.Urn + "|" + r.Id, out var d) && d.Live.Id is null))
            .Select(r => byUrn.TryGetValue(r.Urn + "|" + r.Id, out var d) ? r with { Outputs = d.Live.Outputs } : r)
            .ToImmutableArray();
        return state with { Resources = resources };
    }

    /// <summary>Journals the drift as refresh steps.</summary>
    public static async Task RecordAsync(JournalWriter journal, IReadOnlyList<Drift> drift)
    {
        foreach (var item in drift)
        {
            if (item.Live.Id is null)
            {
                await journal.AppendAsync(JournalOp.Commit, StepKind.Remove, item.Resource.Urn, null, item.Resource.Id).ConfigureAwait(false);
            }
            else
            {
                await journal.AppendAsync(JournalOp.Commit, StepKind.Refresh, item.Resource.Urn, item.Resource with { Outputs = item.Live.Outputs }).ConfigureAwait(false);
            }
        }
    }

    private static PropertyMap KeepSecretMarkers(PropertyMap live, PropertyMap recorded) =>
        PropertyMap.Create(live.Select(p => recorded.Get(p.Key)?.Kind == PropertyValueKind.Secret && p.Value.Kind != PropertyValueKind.Secret
            ? KeyValuePair.Create(p.Key, PropertyValue.MakeSecret(p.Value))
            : p));
}
