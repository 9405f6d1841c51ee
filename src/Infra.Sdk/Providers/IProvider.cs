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

    /// <summary>Called once after every step of a run finished (e.g. to write an index file); not called in preview.</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
