using Infra.Consul.Client;
using Infra.Providers;
using Infra.Providers.Connections;
using Infra.Providers.Http;
using Infra.Providers.Http.Resources;

namespace Infra.Consul.Provider;

/// <summary>
/// The Consul provider: the shared <see cref="ApiProvider{TClient}"/> skeleton over Consul's resource kinds, with clients
/// built from the stack config (<c>consul:*</c>) or a resource's own connection.
/// </summary>
internal sealed class ConsulProvider : ApiProvider<ConsulClient>
{
    private readonly ProviderContext _context;
    private readonly ConsulProviderConfig _config;

    public ConsulProvider(ProviderContext context)
        : base(context, "Consul", Kinds())
    {
        _context = context with { Log = new Progress<string>() };
        _config = ConsulProviderConfig.Parse(context);
    }

    protected override ConsulClient CreateClient(ConnectionInput? connection)
    {
        // The stack config was parsed (and warned about) once; a connection's own parse stays quiet.
        var options = (connection is null ? _config : ConsulProviderConfig.Parse(_context, connection.Address, connection.Token)).Require();
        var handler = connection?.CaCertPem is { } pem ? TrustedCaHandler.CreateFromPem(pem) : TrustedCaHandler.Create(options.CaCertPath);
        return new ConsulClient(new HttpClient(handler) { Timeout = options.Timeout }, options);
    }

    protected override ProviderException? Translate(Exception error) => error is ConsulApiException e
        ? new ProviderException(e.Message + (e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that consul:token is set and its policies allow this call." : ""), e)
        : null;

    private static Dictionary<string, ApiResourceKind<ConsulClient>> Kinds() => new(StringComparer.Ordinal)
    {
        [Key.TypeToken] = new KeyKind(),
        [KeyPrefix.TypeToken] = new KeyPrefixKind(),
        [AclPolicy.TypeToken] = new AclPolicyKind(),
        [AclRole.TypeToken] = new AclRoleKind(),
        [AclToken.TypeToken] = new AclTokenKind(),
        [ConfigEntry.TypeToken] = new ConfigEntryKind(),
        [PreparedQuery.TypeToken] = new PreparedQueryKind(),
        [CatalogService.TypeToken] = new CatalogServiceKind(),
    };
}
