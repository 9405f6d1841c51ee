namespace Infra.Providers.Tls;

/// <summary>The public-key algorithms a private key can use.</summary>
public enum KeyAlgorithm
{
    /// <summary>RSA (2048, 3072 or 4096 bits).</summary>
    Rsa,

    /// <summary>ECDSA on a NIST curve (P256, P384 or P521).</summary>
    Ecdsa,

    /// <summary>Ed25519 (through BouncyCastle, as .NET has no Ed25519).</summary>
    Ed25519,
}
