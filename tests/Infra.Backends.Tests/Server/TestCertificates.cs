using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Backends.Tests.Server;

/// <summary>A throwaway CA, a server certificate for 127.0.0.1 and a client certificate, written as PEM files.</summary>
public sealed record TestCertificates(string Directory, string CaPath, string ServerCertPath, string ServerKeyPath, string ClientCertPath, string ClientKeyPath, string OtherCaPath)
{
    public static TestCertificates Create(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ca = Authority("CN=infra-test-ca", caKey, now);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = Authority("CN=some-other-ca", otherKey, now);
        var files = new TestCertificates(
            directory,
            Path.Combine(directory, "ca.pem"),
            Path.Combine(directory, "server.pem"),
            Path.Combine(directory, "server-key.pem"),
            Path.Combine(directory, "client.pem"),
            Path.Combine(directory, "client-key.pem"),
            Path.Combine(directory, "other-ca.pem"));
        File.WriteAllText(files.CaPath, ca.ExportCertificatePem());
        File.WriteAllText(files.OtherCaPath, other.ExportCertificatePem());
        Leaf(ca, "CN=127.0.0.1", now, serverAuth: true, files.ServerCertPath, files.ServerKeyPath, 2);
        Leaf(ca, "CN=infra-client", now, serverAuth: false, files.ClientCertPath, files.ClientKeyPath, 3);
        return files;
    }

    private static X509Certificate2 Authority(string subject, ECDsa key, DateTimeOffset now)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddHours(-1), now.AddDays(1));
    }

    private static void Leaf(X509Certificate2 ca, string subject, DateTimeOffset now, bool serverAuth, string certPath, string keyPath, byte serial)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        var usages = new OidCollection { new Oid("1.3.6.1.5.5.7.3.2") };
        if (serverAuth)
        {
            usages.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        }
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, false));
        using var certificate = request.Create(ca, now.AddHours(-1), now.AddHours(12), [serial]);
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
    }
}
