namespace Infra.Tls;

/// <summary>A PKCS#10 certificate signing request; changing any argument creates a new request.</summary>
public sealed class CertRequest : CustomResource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The key, subject and alternative names.</param>
    /// <param name="options">Resource options.</param>
    public CertRequest(string name, CertRequestArgs args, ResourceOptions? options = null)
        : base(Providers.Tls.TlsTypes.CertRequest, name, args, options)
    {
        CertRequestPem = GetOutput<string>("certRequestPem");
        KeyAlgorithm = GetOutput<string>("keyAlgorithm");
    }

    /// <summary>The request as PEM (<c>-----BEGIN CERTIFICATE REQUEST-----</c>).</summary>
    public Output<string> CertRequestPem { get; }

    /// <summary>The algorithm of the key that signed the request: <c>RSA</c>, <c>ECDSA</c> or <c>ED25519</c>.</summary>
    public Output<string> KeyAlgorithm { get; }
}
