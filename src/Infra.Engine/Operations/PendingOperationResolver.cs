using Infra.Engine.Journal;
using Infra.Engine.Providers;
using Infra.Engine.State;
using Infra.Providers;

namespace Infra.Engine.Operations;

/// <summary>
/// Resolves operations a crashed run left open. Policy (like Pulumi's pending operations, but resolved
/// automatically): each is settled by asking the provider what exists — a create whose resource exists is
/// adopted into state, one whose resource does not is dropped (the next step creates it); an update re-reads
/// the resource's outputs; a delete whose resource is gone is completed. Nothing is ever created twice.
/// </summary>
public static class PendingOperationResolver
{
    /// <summary>Resolves every open operation, journaling the outcome; returns lines to report.</summary>
    public static async Task<IReadOnlyList<string>> ResolveAsync(JournalWriter journal, IReadOnlyList<PendingOperation> pending, ProviderRegistry providers, CancellationToken cancellationToken)
    {
        var report = new List<string>();
        foreach (var operation in pending)
        {
            var resource = operation.Resource;
            var provider = resource.Custom ? providers.Get(resource.Package) : null;
            if (provider is null)
            {
                await journal.AppendAsync(JournalOp.Fail, operation.Kind, resource.Urn, resource, error: "interrupted; resolved at start of next run").ConfigureAwait(false);
                continue;
            }
            var live = await provider.ReadAsync(new ReadRequest(resource.Urn, resource.Type, resource.Id, resource.Inputs, resource.Id is null ? null : resource.Outputs), cancellationToken).ConfigureAwait(false);
            if (operation.Kind == StepKind.Replace && live.Id is not null && journal.State.Find(resource.Urn)?.Id == live.Id)
            {
                // The lookup found the copy being replaced, not a new one: the replacement was never created.
                live = ReadResponse.NotFound;
            }
            switch (operation.Kind)
            {
                case StepKind.Create or StepKind.Replace when live.Id is not null:
                    await journal.AppendAsync(JournalOp.Commit, operation.Kind, resource.Urn, resource with { Id = live.Id, Outputs = live.Outputs }).ConfigureAwait(false);
                    report.Add($"interrupted {Verb(operation.Kind)} of {resource.Urn}: the resource exists ({live.Id}); recorded it in state.");
                    break;
                case StepKind.Update when live.Id is not null:
                    // The begin record holds the inputs the update wanted; whether it took effect only the live
                    // resource can tell, so record what the provider reads back (or keep the prior inputs).
                    var prior = journal.State.Find(resource.Urn) ?? resource;
                    await journal.AppendAsync(JournalOp.Commit, StepKind.Refresh, resource.Urn, prior with { Outputs = live.Outputs, Inputs = live.Inputs.Count > 0 ? live.Inputs : prior.Inputs }).ConfigureAwait(false);
                    report.Add($"interrupted update of {resource.Urn}: re-read its live state; the plan will show what is left to change.");
                    break;
                case StepKind.Delete or StepKind.DeleteReplaced when live.Id is null:
                    await journal.AppendAsync(JournalOp.Commit, operation.Kind, resource.Urn, null, resource.Id).ConfigureAwait(false);
                    report.Add($"interrupted delete of {resource.Urn}: it is gone; removed it from state.");
                    break;
                default:
                    await journal.AppendAsync(JournalOp.Fail, operation.Kind, resource.Urn, resource, error: "interrupted; the operation had not taken effect").ConfigureAwait(false);
                    report.Add($"interrupted {Verb(operation.Kind)} of {resource.Urn}: it had not taken effect; it will be planned again.");
                    break;
            }
        }
        return report;
    }

    private static string Verb(StepKind kind) => kind.ToString().ToLowerInvariant();
}
