using Infra.Providers;
using Infra.Providers.Connections;
using Infra.Providers.Http;
using Infra.Providers.Http.Resources;
using Infra.Vault.Client;
using Infra.Vault.Provider.Database;
using Infra.Vault.Provider.Pki;

namespace Infra.Vault.Provider;

/// <summary>
/// The Vault provider: the shared <see cref="ApiProvider{TClient}"/> skeleton over Vault's resource kinds, with clients
/// built from the stack config (<c>vault:*</c>) or a resource's own connection.
/// </summary>
internal sealed class VaultProvider : ApiProvider<VaultClient>
{
    private readonly ProviderContext _context;
    private readonly VaultProviderConfig _config;

    public VaultProvider(ProviderContext context)
        : base(context, "Vault", Kinds())
    {
        _context = context with { Log = new Progress<string>() };
        _config = VaultProviderConfig.Parse(context);
    }

    protected override VaultClient CreateClient(ConnectionInput? connection)
    {
        // The stack config was parsed (and warned about) once; a connection's own parse stays quiet.
        var options = (connection is null ? _config : VaultProviderConfig.Parse(_context, connection.Address, connection.Token)).Require();
        var handler = connection?.CaCertPem is { } pem ? TrustedCaHandler.CreateFromPem(pem) : TrustedCaHandler.Create(options.CaCertPath);
        return new VaultClient(new HttpClient(handler) { Timeout = options.Timeout }, options);
    }

    protected override ProviderException? Translate(Exception error) => error is VaultApiException e
        ? new ProviderException(e.Message + (e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that the token (vault:token or the AppRole login) has a policy allowing this path." : ""), e)
        : null;

    private static Dictionary<string, ApiResourceKind<VaultClient>> Kinds() => new(StringComparer.Ordinal)
    {
        [Mount.TypeToken] = new MountKind(),
        [Policy.TypeToken] = new PolicyKind(),
        [KvSecret.TypeToken] = new KvSecretKind(),
        [AuthBackend.TypeToken] = new AuthBackendKind(),
        [AppRoleRole.TypeToken] = new AppRoleRoleKind(),
        [AppRoleSecretId.TypeToken] = new AppRoleSecretIdKind(),
        [TransitKey.TypeToken] = new TransitKeyKind(),
        [KubernetesAuthRole.TypeToken] = new KubernetesAuthRoleKind(),
        [PkiRootCert.TypeToken] = new PkiRootCertKind(),
        [PkiIntermediate.TypeToken] = new PkiIntermediateKind(),
        [PkiRole.TypeToken] = new PkiRoleKind(),
        [DatabaseConnection.TypeToken] = new DatabaseConnectionKind(),
        [DatabaseRole.TypeToken] = new DatabaseRoleKind(),
    };
}
