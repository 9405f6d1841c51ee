namespace Infra.Providers.Tls;

/// <summary>The type tokens of the TLS resources (the same as Pulumi's tls provider).</summary>
internal static class TlsTypes
{
    internal const string Package = "tls";
    internal const string PrivateKey = "tls:index/privateKey:PrivateKey";
    internal const string SelfSignedCert = "tls:index/selfSignedCert:SelfSignedCert";
    internal const string CertRequest = "tls:index/certRequest:CertRequest";
    internal const string LocallySignedCert = "tls:index/locallySignedCert:LocallySignedCert";
}
