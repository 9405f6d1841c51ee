using System.Globalization;
using Etcdserverpb;
using Google.Protobuf;
using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>
/// <see cref="Key"/>: ID = the key. Diff compares the wanted value and lease with the recorded outputs (the live
/// state after a refresh), so drift is undone by the next up.
/// </summary>
internal sealed class KeyKind : IResourceKind
{
    public IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        if (!Props.IsUnknown(inputs, "key") && string.IsNullOrEmpty(Props.Text(inputs, "key")))
        {
            failures.Add(new CheckFailure("key", "is required and must be a non-empty string"));
        }
        if (!Props.IsUnknown(inputs, "value") && Props.Text(inputs, "value") is null)
        {
            failures.Add(new CheckFailure("value", "is required and must be a string"));
        }
        if (!Props.IsUnknown(inputs, "leaseId") && Props.Text(inputs, "leaseId") is { Length: > 0 } lease && !long.TryParse(lease, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            failures.Add(new CheckFailure("leaseId", $"must be a lease ID in decimal, got '{lease}'"));
        }
        return failures;
    }

    public DiffResponse Diff(DiffRequest request)
    {
        var changed = new List<string>();
        var replace = new List<string>();
        if (Props.IsUnknown(request.NewInputs, "key") || Props.Text(request.NewInputs, "key") != Props.Text(request.OldInputs, "key"))
        {
            changed.Add("key");
            replace.Add("key");
        }
        if (!Equals(request.NewInputs.Get("value")?.Unsecret(), request.OldOutputs.Get("value")?.Unsecret()))
        {
            changed.Add("value");
        }
        if (Props.IsUnknown(request.NewInputs, "leaseId") || (Props.Text(request.NewInputs, "leaseId") ?? "") != (Props.Text(request.OldOutputs, "leaseId") ?? ""))
        {
            changed.Add("leaseId");
        }
        return new DiffResponse(changed, replace);
    }

    public PropertyMap Preview(PreviewRequest request) => Outputs(request.Inputs);

    public async Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken)
    {
        var key = Props.Text(request.Inputs, "key")!;
        var name = ByteString.CopyFromUtf8(key);
        var txn = new TxnRequest();
        txn.Compare.Add(new Compare { Key = name, Target = Compare.Types.CompareTarget.Version, Result = Compare.Types.CompareResult.Equal, Version = 0 });
        txn.Success.Add(new RequestOp { RequestPut = Put(request.Inputs) });
        var response = await etcd.CallAsync($"creating key '{key}'", (h, d, c) => etcd.Client.TransactionAsync(txn, h, d, c), cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            throw new ProviderException($"key '{key}' already exists in etcd at {etcd.Options.EndpointList}; Infra does not overwrite keys it did not create: delete it first, or use another key.");
        }
        return new CreateResponse(key, Outputs(request.Inputs));
    }

    public async Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken)
    {
        var key = request.Id ?? Props.Text(request.Inputs, "key");
        if (string.IsNullOrEmpty(key))
        {
            return ReadResponse.NotFound;
        }
        var response = await etcd.CallAsync($"reading key '{key}'", (h, d, c) => etcd.Client.GetAsync(new RangeRequest { Key = ByteString.CopyFromUtf8(key) }, h, d, c), cancellationToken).ConfigureAwait(false);
        if (response.Kvs.Count == 0)
        {
            return ReadResponse.NotFound;
        }
        var kv = response.Kvs[0];
        var recorded = request.Outputs ?? request.Inputs;
        var live = PropertyMap.Create(
            ("key", PropertyValue.Create(key)),
            ("value", Props.SecretLike(PropertyValue.Create(kv.Value.ToStringUtf8()), recorded, "value")),
            ("leaseId", PropertyValue.Create(kv.Lease == 0 ? "" : kv.Lease.ToString(CultureInfo.InvariantCulture))));
        var inputs = request.Inputs.SetItem("key", live["key"]).SetItem("value", Props.SecretLike(live["value"].Unsecret(), request.Inputs, "value"));
        inputs = kv.Lease == 0 && !request.Inputs.ContainsKey("leaseId") ? inputs : inputs.SetItem("leaseId", live["leaseId"]);
        return new ReadResponse(key, inputs, live);
    }

    public async Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken)
    {
        var put = Put(request.NewInputs);
        await etcd.CallAsync($"updating key '{request.Id}'", (h, d, c) => etcd.Client.PutAsync(put, h, d, c), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Outputs(request.NewInputs));
    }

    public async Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken) =>
        await etcd.CallAsync($"deleting key '{request.Id}'", (h, d, c) => etcd.Client.DeleteAsync(new DeleteRangeRequest { Key = ByteString.CopyFromUtf8(request.Id) }, h, d, c), cancellationToken).ConfigureAwait(false);

    private static PutRequest Put(PropertyMap inputs) => new()
    {
        Key = ByteString.CopyFromUtf8(Props.Text(inputs, "key")!),
        Value = ByteString.CopyFromUtf8(Props.Text(inputs, "value")!),
        Lease = Props.Text(inputs, "leaseId") is { Length: > 0 } lease ? long.Parse(lease, NumberStyles.None, CultureInfo.InvariantCulture) : 0,
    };

    private static PropertyMap Outputs(PropertyMap inputs) => PropertyMap.Create(
        ("key", inputs.Get("key") ?? PropertyValue.Unknown),
        ("value", inputs.Get("value") ?? PropertyValue.Unknown),
        ("leaseId", inputs.Get("leaseId") ?? PropertyValue.Create("")));
}
