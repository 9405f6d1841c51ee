using Etcdserverpb;
using Google.Protobuf;

namespace Infra.Backends.Etcd;

/// <summary>Small builders for etcd transaction parts.</summary>
internal static class Txn
{
    public static Compare ModRevisionIs(ByteString key, long revision) =>
        new() { Key = key, Target = Compare.Types.CompareTarget.Mod, Result = Compare.Types.CompareResult.Equal, ModRevision = revision };

    public static Compare CreateRevisionIs(ByteString key, long revision) =>
        new() { Key = key, Target = Compare.Types.CompareTarget.Create, Result = Compare.Types.CompareResult.Equal, CreateRevision = revision };

    public static Compare Missing(ByteString key) =>
        new() { Key = key, Target = Compare.Types.CompareTarget.Version, Result = Compare.Types.CompareResult.Equal, Version = 0 };

    public static RequestOp Put(ByteString key, ByteString value, long lease = 0) =>
        new() { RequestPut = new PutRequest { Key = key, Value = value, Lease = lease } };

    public static RequestOp Get(ByteString key) =>
        new() { RequestRange = new RangeRequest { Key = key } };

    public static RequestOp GetPrefix(ByteString prefix) =>
        new() { RequestRange = new RangeRequest { Key = prefix, RangeEnd = StackKeys.RangeEnd(prefix) } };

    public static RequestOp DeletePrefix(ByteString prefix) =>
        new() { RequestDeleteRange = new DeleteRangeRequest { Key = prefix, RangeEnd = StackKeys.RangeEnd(prefix) } };

    public static TxnRequest Build(IEnumerable<Compare> compares, IEnumerable<RequestOp> success, IEnumerable<RequestOp>? failure = null)
    {
        var request = new TxnRequest();
        request.Compare.AddRange(compares);
        request.Success.AddRange(success);
        request.Failure.AddRange(failure ?? []);
        return request;
    }
}
