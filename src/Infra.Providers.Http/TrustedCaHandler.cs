using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Http;

/// <summary>Builds the HTTP handler: with a CA file, server certificates must chain to that CA only.</summary>
internal static class TrustedCaHandler
{
    public static SocketsHttpHandler Create(string? caCertPath) =>
        caCertPath is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : CreateFromPem(File.ReadAllText(caCertPath));

    /// <summary>With CA certificates given as PEM text (e.g. a cluster component's output).</summary>
    public static SocketsHttpHandler CreateFromPem(string caCertPem)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPem(caCertPem);
        handler.SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
                {
                    return false;
                }
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
                return chain.Build(new X509Certificate2(certificate));
            },
        };
        return handler;
    }
}
