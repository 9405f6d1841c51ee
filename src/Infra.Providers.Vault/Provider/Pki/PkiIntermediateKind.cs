using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider.Pki;

/// <summary>
/// <see cref="PkiIntermediate"/>: an intermediate CA in one pki mount signed by the root of another, in three calls:
/// <c>{mount}/intermediate/generate/internal</c> (a CSR; the key stays in Vault), <c>{signerMount}/root/sign-intermediate</c> (or
/// <c>{signerMount}/issuer/{signerIssuerRef}/sign-intermediate</c>, so a new root also replaces the intermediate)
/// and <c>{mount}/intermediate/set-signed</c> with the certificate and its issuing CA. ID = <c>{mount}/issuer/{issuer_id}</c>
/// of the imported intermediate.
/// </summary>
internal sealed class PkiIntermediateKind : PkiCaKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["mount", "signerMount", "signerIssuerRef", "commonName", "organization", "issuerName", "keyType", "keyBits", "ttlSeconds"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = base.Check(inputs).ToList();
        Require(inputs, "signerMount", failures);
        PathLike(inputs, "signerMount", failures);
        if (Props.Text(inputs, "mount") is { } mount && mount == Props.Text(inputs, "signerMount"))
        {
            failures.Add(new CheckFailure("signerMount", $"must be another pki mount than '{mount}' (a mount holds the root or the intermediate)"));
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var mount = Props.Text(request.Inputs, "mount")!;
        var signer = Props.Text(request.Inputs, "signerMount")!;
        var csrBody = PkiIssuer.SubjectBody(request.Inputs);
        csrBody.Remove("issuer_name");
        var csr = Props.JsonText((await vault.GenerateAsync($"{mount}/intermediate/generate/internal", csrBody, cancellationToken).ConfigureAwait(false))?["data"]?["csr"]);
        if (csr.Length == 0)
        {
            throw new ProviderException($"Vault's answer to {mount}/intermediate/generate/internal has no csr.");
        }
        var signBody = new JsonObject { ["csr"] = csr, ["common_name"] = Props.Text(request.Inputs, "commonName"), ["format"] = "pem" };
        if (Props.Whole(request.Inputs, "ttlSeconds") is { } ttl)
        {
            signBody["ttl"] = Props.Seconds(ttl);
        }
        var signPath = Props.Text(request.Inputs, "signerIssuerRef") is { } issuerRef ? $"{signer}/issuer/{issuerRef}/sign-intermediate" : $"{signer}/root/sign-intermediate";
        var signed = (await vault.GenerateAsync(signPath, signBody, cancellationToken).ConfigureAwait(false))?["data"];
        var certificate = Props.JsonText(signed?["certificate"]).Trim();
        var bundle = certificate + "\n" + Props.JsonText(signed?["issuing_ca"]).Trim() + "\n";
        var imported = (await vault.WriteAsync($"{mount}/intermediate/set-signed", new JsonObject { ["certificate"] = bundle }, cancellationToken).ConfigureAwait(false))?["data"];
        // The bundle also imports the signer as an issuer of this mount: ours is the one holding our certificate.
        foreach (var issuerId in Props.JsonTexts(imported?["imported_issuers"]))
        {
            if (await PkiIssuer.LiveAsync(vault, PkiIssuer.Id(mount, issuerId), cancellationToken).ConfigureAwait(false) is { } live && live["certificate"].StringValue == certificate)
            {
                if (Props.Text(request.Inputs, "issuerName") is { } name)
                {
                    await vault.WriteAsync(PkiIssuer.Id(mount, issuerId), new JsonObject { ["issuer_name"] = name }, cancellationToken).ConfigureAwait(false);
                }
                return await CreatedAsync(vault, mount, issuerId, request.Inputs, cancellationToken).ConfigureAwait(false);
            }
        }
        throw new ProviderException($"{mount}/intermediate/set-signed did not import the signed certificate as an issuer.");
    }
}
