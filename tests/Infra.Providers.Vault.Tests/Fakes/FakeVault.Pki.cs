using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// pki mounts with real certificates: <c>root/generate/internal</c>, <c>intermediate/generate/internal</c> (a CSR whose
/// key stays here), <c>root/sign-intermediate</c> with the mount's first issuer
/// (or <c>issuer/{ref}/sign-intermediate</c> with that one), <c>intermediate/set-signed</c> (imports
/// every certificate of the bundle not yet present), <c>issuer/{id}</c> read/update/delete, <c>key/{id}</c> delete and
/// <c>roles/{name}</c> (a write replaces the role; unset fields take Vault's defaults; TTLs read back in seconds).
/// </summary>
internal sealed partial class FakeVault
{
    private readonly Dictionary<string, PkiIssuer> _issuers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ECDsa> _pkiKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _pkiRoles = new(StringComparer.Ordinal);

    /// <summary>Issuers by <c>{mount}/issuer/{id}</c>.</summary>
    public IReadOnlyDictionary<string, PkiIssuer> Issuers => _issuers;

    /// <summary>Keys by <c>{mount}/key/{id}</c>.</summary>
    public IReadOnlyCollection<string> PkiKeys => _pkiKeys.Keys;

    public Dictionary<string, JsonObject> PkiRoles => _pkiRoles;

    /// <summary>Deletes an issuer as an operator would by hand.</summary>
    public void RemoveIssuerByHand(string id) => _issuers.Remove(id);

    private FakeResponse PkiCall(string mount, string rest, FakeRequest request)
    {
        var body = request.Json;
        string? signerRef = null;
        if (Tail(rest, "issuer/") is { } issuerPath && issuerPath.EndsWith("/sign-intermediate", StringComparison.Ordinal))
        {
            signerRef = issuerPath[..^"/sign-intermediate".Length];
            rest = "root/sign-intermediate";
        }
        switch (request.Method, rest)
        {
            case ("POST", "root/generate/internal"):
                var (rootKeyId, rootKey) = NewKey(mount);
                var root = Request(body, rootKey);
                var rootCert = root.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(Ttl(body, 86400)));
                var rootId = AddIssuer(mount, rootCert, rootKeyId, body["issuer_name"]?.GetValue<string>() ?? "");
                return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["certificate"] = rootCert.ExportCertificatePem(), ["issuing_ca"] = rootCert.ExportCertificatePem(), ["issuer_id"] = rootId, ["key_id"] = rootKeyId } });
            case ("POST", "intermediate/generate/internal"):
                var (csrKeyId, csrKey) = NewKey(mount);
                return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["csr"] = Request(body, csrKey).CreateSigningRequestPem(), ["key_id"] = csrKeyId } });
            case ("POST", "root/sign-intermediate"):
                var signer = signerRef is null
                    ? _issuers.Where(i => i.Key.StartsWith(mount + "/issuer/", StringComparison.Ordinal)).Select(i => i.Value).FirstOrDefault(i => i.KeyId.Length > 0)
                    : _issuers.GetValueOrDefault($"{mount}/issuer/{signerRef}");
                if (signer is null)
                {
                    return Error(400, "no default issuer currently configured");
                }
                var csr = CertificateRequest.LoadSigningRequestPem(body["csr"]!.GetValue<string>(), HashAlgorithmName.SHA256, CertificateRequestLoadOptions.SkipSignatureValidation);
                csr.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                using (var signerWithKey = signer.Certificate.CopyWithPrivateKey(_pkiKeys[$"{mount}/key/{signer.KeyId}"]))
                {
                    var signed = csr.Create(signerWithKey, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(Ttl(body, 3600)), RandomNumberGenerator.GetBytes(8));
                    return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["certificate"] = signed.ExportCertificatePem(), ["issuing_ca"] = signer.Certificate.ExportCertificatePem() } });
                }
            case ("POST", "intermediate/set-signed"):
                var collection = new X509Certificate2Collection();
                collection.ImportFromPem(body["certificate"]?.GetValue<string>() ?? "");
                var imported = new JsonArray();
                foreach (var certificate in collection)
                {
                    if (_issuers.Any(i => i.Key.StartsWith(mount + "/issuer/", StringComparison.Ordinal) && i.Value.Certificate.Thumbprint == certificate.Thumbprint))
                    {
                        continue;
                    }
                    var keyId = _pkiKeys.Where(k => k.Key.StartsWith(mount + "/key/", StringComparison.Ordinal) && certificate.GetECDsaPublicKey()?.ExportSubjectPublicKeyInfo().SequenceEqual(k.Value.ExportSubjectPublicKeyInfo()) == true)
                        .Select(k => k.Key[(mount.Length + "/key/".Length)..]).FirstOrDefault() ?? "";
                    imported.Add(AddIssuer(mount, certificate, keyId, ""));
                }
                return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["imported_issuers"] = imported, ["imported_keys"] = new JsonArray() } });
        }
        if (Tail(rest, "issuer/") is { } issuerId)
        {
            var id = $"{mount}/issuer/{issuerId}";
            if (!_issuers.TryGetValue(id, out var issuer))
            {
                return request.Method == "DELETE" ? FakeResponse.NoContent : Error(404, "unable to find PKI issuer for reference: " + issuerId);
            }
            switch (request.Method)
            {
                case "GET":
                    return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["issuer_id"] = issuerId, ["issuer_name"] = issuer.Name, ["key_id"] = issuer.KeyId, ["certificate"] = issuer.Certificate.ExportCertificatePem() + "\n" } });
                case "POST":
                    _issuers[id] = issuer with { Name = body["issuer_name"]?.GetValue<string>() ?? issuer.Name };
                    return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["issuer_id"] = issuerId } });
                case "DELETE":
                    _issuers.Remove(id);
                    return FakeResponse.NoContent;
            }
        }
        if (Tail(rest, "key/") is { } keyRef && request.Method == "DELETE")
        {
            if (_issuers.Values.Any(i => i.KeyId == keyRef && _issuers.First(e => e.Value == i).Key.StartsWith(mount + "/", StringComparison.Ordinal)))
            {
                return Error(400, "unable to delete key as it is in use by an issuer");
            }
            _pkiKeys.Remove($"{mount}/key/{keyRef}");
            return FakeResponse.NoContent;
        }
        if (Tail(rest, "roles/") is { } role)
        {
            return RoleCall(_pkiRoles, $"{mount}/roles/{role}", request, PkiRoleDefaults);
        }
        return Error(405, "unsupported operation");
    }

    private static JsonObject PkiRoleDefaults() => new()
    {
        ["issuer_ref"] = "default",
        ["allowed_domains"] = new JsonArray(),
        ["allow_subdomains"] = false,
        ["allow_bare_domains"] = false,
        ["allow_any_name"] = false,
        ["server_flag"] = true,
        ["client_flag"] = true,
        ["key_type"] = "rsa",
        ["key_bits"] = 2048,
        ["ttl"] = 0,
        ["max_ttl"] = 0,
    };

    /// <summary>Roles as Vault stores them: a write replaces the role, unset fields take defaults, TTLs become seconds.</summary>
    private static FakeResponse RoleCall(Dictionary<string, JsonObject> roles, string id, FakeRequest request, Func<JsonObject> defaults)
    {
        switch (request.Method)
        {
            case "GET":
                return roles.TryGetValue(id, out var role) ? FakeResponse.Json(200, new JsonObject { ["data"] = role.DeepClone() }) : Error(404, "");
            case "POST" or "PUT":
                var stored = defaults();
                foreach (var (key, value) in request.Json)
                {
                    stored[key] = key.EndsWith("ttl", StringComparison.Ordinal) && value is not null ? Seconds(value) : value?.DeepClone();
                }
                roles[id] = stored;
                return FakeResponse.NoContent;
            case "DELETE":
                roles.Remove(id);
                return FakeResponse.NoContent;
            default:
                return Error(405, "unsupported operation");
        }
    }

    private (string Id, ECDsa Key) NewKey(string mount)
    {
        var id = Guid.NewGuid().ToString();
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _pkiKeys[$"{mount}/key/{id}"] = key;
        return (id, key);
    }

    private string AddIssuer(string mount, X509Certificate2 certificate, string keyId, string name)
    {
        var id = Guid.NewGuid().ToString();
        _issuers[$"{mount}/issuer/{id}"] = new PkiIssuer(X509CertificateLoader.LoadCertificate(certificate.RawData), keyId, name);
        return id;
    }

    private static CertificateRequest Request(JsonObject body, ECDsa key)
    {
        var subject = "CN=" + body["common_name"]!.GetValue<string>() + (body["organization"] is { } o ? ", O=" + o.GetValue<string>() : "");
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request;
    }

    private static long Ttl(JsonObject body, long fallback) => body["ttl"] is { } ttl ? Seconds(ttl) : fallback;

    /// <summary>One issuer of a pki mount.</summary>
    internal sealed record PkiIssuer(X509Certificate2 Certificate, string KeyId, string Name);
}
