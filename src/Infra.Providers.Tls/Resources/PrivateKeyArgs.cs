namespace Infra.Tls;

/// <summary>Arguments of <see cref="PrivateKey"/>.</summary>
public sealed class PrivateKeyArgs : ResourceArgs
{
    /// <summary><c>RSA</c>, <c>ECDSA</c> or <c>ED25519</c> (case-insensitive).</summary>
    public required Input<string> Algorithm { get; init; }

    /// <summary>RSA key size: 2048 (default), 3072 or 4096; only used for RSA.</summary>
    public Input<int>? RsaBits { get; init; }

    /// <summary>ECDSA curve: <c>P256</c> (default), <c>P384</c> or <c>P521</c>; only used for ECDSA.</summary>
    public Input<string>? EcdsaCurve { get; init; }
}
