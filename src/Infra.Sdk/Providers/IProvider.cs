namespace Infra.Providers;

/// <summary>
/// The provider contract. Every method takes a request record and returns a response record, so fields can be
/// added without breaking providers. Check, Diff, Preview and Read must never mutate anything.
/// Operational failures are reported by throwing <see cref="ProviderException"/> with a message for the user.
/// </summary>
public interface IProvider
{
    /// <summary>Validates and normalizes inputs.</summary>
    Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken);

    /// <summary>Compares recorded and wanted inputs.</summary>
    Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken);

    /// <summary>Predicts outputs for a create or update during preview.</summary>
    Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken);

    /// <summary>Creates the resource.</summary>
    Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the live resource.</summary>
    Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    /// <summary>Updates the resource in place.</summary>
    Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes the resource.</summary>
    Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// True when the provider's create, update and delete calls take effect only in <see cref="FinishAsync"/> (and
    /// <see cref="RecoverAsync"/>): a step interrupted before its outcome was journaled then left nothing behind, so the
    /// engine journals no "begin" record for it — half the journal writes of a large run.
    /// </summary>
    bool DefersEffects => false;

    /// <summary>Called once after every step of a run finished (e.g. to write an index file); not called in preview.</summary>
    Task FinishAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called before a run (not a preview) that follows a run which did not finish: <paramref name="request"/> lists
    /// every resource of this provider that the unfinished run recorded as created, updated or deleted. A provider
    /// that acknowledges a step before its effect is durable (one that batches writes until
    /// <see cref="FinishAsync"/>) makes those effects durable here before returning; the engine folds the unfinished
    /// run's records into the checkpoint only afterwards. Must be idempotent: a crash during recovery repeats it.
    /// </summary>
    Task RecoverAsync(RecoverRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
