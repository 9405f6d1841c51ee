using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider.Pki;

/// <summary>
/// What root and intermediate CAs share: a CA cannot change, so every input replaces it (the new one is created
/// first, then the old issuer and key are deleted); read compares the live issuer's name and subject.
/// </summary>
internal abstract class PkiCaKind : ResourceKind
{
    public override IReadOnlyList<string> ImmutableKeys => InputKeys;

    public override IReadOnlyList<string> ComputedKeys { get; } = ["certificate", "issuerId", "keyId", "serialNumber"];

    protected override bool NamedByInputs => false;

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "mount", failures);
        PathLike(inputs, "mount", failures);
        Require(inputs, "commonName", failures);
        OneOf(inputs, "keyType", PkiKeys.Types, failures);
        NotNegative(inputs, ["keyBits", "ttlSeconds"], failures);
        return failures;
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null || await PkiIssuer.LiveAsync(vault, request.Id, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        var inputs = Props.LiveInputs(request.Inputs, live, ["mount", "commonName", "issuerName"]);
        return new ReadResponse(request.Id, inputs, Merge(inputs, live));
    }

    public override Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken) =>
        throw new ProviderException("a CA certificate cannot be changed in place; Infra replaces it instead.");

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        PkiIssuer.DeleteAsync(vault, request.Id, Props.Text(request.Outputs, "keyId"), cancellationToken);

    /// <summary>Outputs: the inputs with the live issuer's values.</summary>
    protected static PropertyMap Merge(PropertyMap inputs, PropertyMap live) =>
        live.Aggregate(inputs, (map, entry) => entry.Key == "issuerName" && !inputs.ContainsKey("issuerName") ? map : map.SetItem(entry.Key, entry.Value));

    protected static async Task<CreateResponse> CreatedAsync(VaultClient vault, string mount, string issuerId, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var id = PkiIssuer.Id(mount, issuerId);
        var live = await PkiIssuer.LiveAsync(vault, id, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Vault created issuer '{id}' but does not return it on read.");
        return new CreateResponse(id, Merge(inputs, live));
    }
}
