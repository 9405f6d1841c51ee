using Infra.Properties;

namespace Infra.Providers;

/// <summary>
/// Defaults for providers: inputs are accepted as they are, diffs compare inputs property by property, previews
/// predict outputs equal to inputs, and Read reports what state already holds.
/// </summary>
public abstract class ProviderBase : IProvider
{
    /// <inheritdoc />
    public virtual Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResponse.Ok(request.NewInputs));

    /// <inheritdoc />
    public virtual Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new DiffResponse(PropertyDiff.Compute(request.OldInputs, request.NewInputs), []));

    /// <inheritdoc />
    public virtual Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(request.Inputs));

    /// <inheritdoc />
    public abstract Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken);

    /// <inheritdoc />
    public virtual Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(request.Id is null ? ReadResponse.NotFound : new ReadResponse(request.Id, request.Inputs, request.Outputs ?? PropertyMap.Empty));

    /// <inheritdoc />
    public abstract Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);

    /// <inheritdoc />
    public virtual Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual bool DefersEffects => false;

    /// <inheritdoc />
    public virtual Task RecoverAsync(RecoverRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
