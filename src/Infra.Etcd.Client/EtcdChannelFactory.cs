using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using dotnet_etcd;
using Grpc.Core;
using Grpc.Net.Client;

namespace Infra.Etcd.Client;

/// <summary>Builds the gRPC client for plain or TLS connections.</summary>
internal static class EtcdChannelFactory
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    public static EtcdClient Create(EtcdConnectionOptions options)
    {
        var scheme = options.UseTls ? "https" : "http";
        var connection = string.Join(",", options.Endpoints.Select(e => $"{scheme}://{e}"));
        if (!options.UseTls)
        {
            return new EtcdClient(connection, configureChannelOptions: o => Configure(o, ChannelCredentials.Insecure));
        }
        var clientCertificate = LoadClientCertificate(options);
        var authorities = LoadAuthorities(options);
        return new EtcdClient(
            connection,
            ssl =>
            {
                if (clientCertificate is not null)
                {
                    ssl.ClientCertificates = [clientCertificate];
                }
                if (authorities is not null)
                {
                    ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsSignedBy(authorities, certificate, errors);
                }
            },
            configureChannelOptions: o => Configure(o, ChannelCredentials.SecureSsl));
    }

    private static void Configure(GrpcChannelOptions options, ChannelCredentials credentials)
    {
        options.Credentials = credentials;
        options.MaxReceiveMessageSize = MaxMessageBytes;
        options.MaxSendMessageSize = MaxMessageBytes;
    }

    private static X509Certificate2? LoadClientCertificate(EtcdConnectionOptions options)
    {
        if (options.ClientCertificatePath is null)
        {
            return null;
        }
        if (options.ClientKeyPath is null)
        {
            throw new EtcdException($"etcd client certificate {options.ClientCertificatePath} needs its private key file as well.", unreachable: false);
        }
        try
        {
            return X509Certificate2.CreateFromPemFile(options.ClientCertificatePath, options.ClientKeyPath);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new EtcdException($"cannot load etcd client certificate {options.ClientCertificatePath} with key {options.ClientKeyPath}: {e.Message}", unreachable: false, e);
        }
    }

    private static X509Certificate2Collection? LoadAuthorities(EtcdConnectionOptions options)
    {
        if (options.CaCertificatePath is null)
        {
            return null;
        }
        try
        {
            var collection = new X509Certificate2Collection();
            collection.ImportFromPemFile(options.CaCertificatePath);
            return collection.Count > 0
                ? collection
                : throw new EtcdException($"etcd CA file {options.CaCertificatePath} holds no PEM certificate.", unreachable: false);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new EtcdException($"cannot load etcd CA file {options.CaCertificatePath}: {e.Message}", unreachable: false, e);
        }
    }

    private static bool IsSignedBy(X509Certificate2Collection authorities, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
