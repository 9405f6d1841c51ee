namespace Infra.Providers.Tls;

/// <summary>Inputs of a private key, as a user writes them.</summary>
/// <param name="Algorithm"><c>RSA</c>, <c>ECDSA</c> or <c>ED25519</c> (case-insensitive).</param>
/// <param name="RsaBits">RSA key size: 2048, 3072 or 4096; only read for RSA.</param>
/// <param name="EcdsaCurve">ECDSA curve: <c>P256</c>, <c>P384</c> or <c>P521</c>; only read for ECDSA.</param>
public sealed record PrivateKeyArgs(string Algorithm, int RsaBits = 2048, string EcdsaCurve = "P256");
