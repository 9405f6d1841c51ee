using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>One etcd resource type: validation, diff and the calls that manage it.</summary>
internal interface IResourceKind
{
    IReadOnlyList<CheckFailure> Check(PropertyMap inputs);

    DiffResponse Diff(DiffRequest request);

    PropertyMap Preview(PreviewRequest request);

    Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken);

    Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken);

    Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken);
}
