using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider.Pki;

/// <summary>
/// <see cref="PkiRootCert"/>: a self-signed root CA generated inside Vault (<c>{mount}/root/generate/internal</c>; the
/// private key never leaves Vault). ID = <c>{mount}/issuer/{issuer_id}</c>.
/// </summary>
internal sealed class PkiRootCertKind : PkiCaKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["mount", "commonName", "organization", "issuerName", "keyType", "keyBits", "ttlSeconds"];

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var mount = Props.Text(request.Inputs, "mount")!;
        var body = PkiIssuer.SubjectBody(request.Inputs);
        if (Props.Whole(request.Inputs, "ttlSeconds") is { } ttl)
        {
            body["ttl"] = Props.Seconds(ttl);
        }
        var answer = await vault.GenerateAsync($"{mount}/root/generate/internal", body, cancellationToken).ConfigureAwait(false);
        var issuerId = Props.JsonText(answer?["data"]?["issuer_id"]);
        if (issuerId.Length == 0)
        {
            throw new ProviderException($"Vault's answer to {mount}/root/generate/internal has no issuer_id (Vault 1.11 or later is required).");
        }
        return await CreatedAsync(vault, mount, issuerId, request.Inputs, cancellationToken).ConfigureAwait(false);
    }
}
