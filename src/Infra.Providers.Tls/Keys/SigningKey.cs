using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>A private key that can sign certificates and requests, with its public forms.</summary>
internal abstract class SigningKey : IDisposable
{
    internal abstract KeyAlgorithm Algorithm { get; }

    /// <summary>The hash used when this key signs (fixed per key type so signatures match the curve strength).</summary>
    internal abstract HashAlgorithmName Hash { get; }

    internal abstract X509SignatureGenerator SignatureGenerator { get; }

    internal abstract byte[] ExportSubjectPublicKeyInfo();

    internal abstract byte[] ExportPkcs8();

    /// <summary>The OpenSSH wire encoding of the public key (RFC 4253 §6.6, RFC 5656, RFC 8709).</summary>
    internal abstract byte[] OpenSshPublicBlob();

    internal abstract string OpenSshKeyType { get; }

    internal PublicKey PublicKey => PublicKey.CreateFromSubjectPublicKeyInfo(ExportSubjectPublicKeyInfo(), out _);

    public abstract void Dispose();

    internal PrivateKeyResult ToResult()
    {
        var pkcs8 = ExportPkcs8();
        try
        {
            var blob = OpenSshPublicBlob();
            return new PrivateKeyResult(
                Algorithm,
                PemEncoding.WriteString("PRIVATE KEY", pkcs8) + "\n",
                PemEncoding.WriteString("PUBLIC KEY", ExportSubjectPublicKeyInfo()) + "\n",
                $"{OpenSshKeyType} {Convert.ToBase64String(blob)}",
                "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('='),
                string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }
}
