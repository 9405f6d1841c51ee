using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Infra.Providers.Tls;

/// <summary>Creates private keys (the <c>PrivateKey</c> resource) and derives public forms of existing ones.</summary>
public static class PrivateKeyGenerator
{
    /// <summary>The accepted RSA key sizes.</summary>
    public static IReadOnlyList<int> RsaKeySizes { get; } = [2048, 3072, 4096];

    /// <summary>Generates a new key pair as described by <paramref name="args"/>.</summary>
    /// <returns>The key in PEM/OpenSSH forms, or errors naming <c>algorithm</c>, <c>rsaBits</c> or <c>ecdsaCurve</c>.</returns>
    public static TlsResult<PrivateKeyResult> Create(PrivateKeyArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new FieldErrors();
        var (algorithm, curve) = Check(args, errors);
        if (errors.Any || algorithm is null)
        {
            return errors.Fail<PrivateKeyResult>();
        }

        using SigningKey key = algorithm switch
        {
            KeyAlgorithm.Rsa => new RsaSigningKey(RSA.Create(args.RsaBits)),
            KeyAlgorithm.Ecdsa => new EcdsaSigningKey(ECDsa.Create(curve!.Curve), curve),
            _ => new Ed25519SigningKey(GenerateEd25519()),
        };
        return TlsResult<PrivateKeyResult>.Success(key.ToResult());
    }

    /// <summary>
    /// Reads an existing private key (PKCS#8, PKCS#1 RSA or SEC1 EC PEM) and returns it re-encoded as
    /// PKCS#8 with its public PEM, OpenSSH key and fingerprints.
    /// </summary>
    /// <param name="privateKeyPem">The key; errors name the field <c>privateKeyPem</c>.</param>
    public static TlsResult<PrivateKeyResult> Describe(string privateKeyPem)
    {
        var loaded = SigningKeyLoader.Load(privateKeyPem, "privateKeyPem");
        if (!loaded.IsSuccess)
        {
            return TlsResult<PrivateKeyResult>.Failure(loaded.Errors);
        }

        using var key = loaded.Value;
        return TlsResult<PrivateKeyResult>.Success(key.ToResult());
    }

    /// <summary>Validates <paramref name="args"/> without generating anything (the provider's Check).</summary>
    internal static IReadOnlyList<TlsFieldError> Validate(PrivateKeyArgs args)
    {
        var errors = new FieldErrors();
        Check(args, errors);
        return errors.All;
    }

    private static (KeyAlgorithm? Algorithm, EcdsaCurveInfo? Curve) Check(PrivateKeyArgs args, FieldErrors errors)
    {
        var algorithm = ParseAlgorithm(args.Algorithm, errors);
        EcdsaCurveInfo? curve = null;
        if (algorithm == KeyAlgorithm.Rsa && !RsaKeySizes.Contains(args.RsaBits))
        {
            errors.Add("rsaBits", $"must be 2048, 3072 or 4096 (got {args.RsaBits})");
        }

        if (algorithm == KeyAlgorithm.Ecdsa)
        {
            curve = EcdsaCurveInfo.ByName(args.EcdsaCurve ?? string.Empty);
            if (curve is null)
            {
                errors.Add("ecdsaCurve", $"must be P256, P384 or P521 (got '{args.EcdsaCurve}')");
            }
        }

        return (algorithm, curve);
    }

    private static KeyAlgorithm? ParseAlgorithm(string? name, FieldErrors errors)
    {
        switch (name?.ToUpperInvariant())
        {
            case "RSA":
                return KeyAlgorithm.Rsa;
            case "ECDSA":
                return KeyAlgorithm.Ecdsa;
            case "ED25519":
                return KeyAlgorithm.Ed25519;
            default:
                errors.Add("algorithm", $"must be RSA, ECDSA or ED25519 (got '{name}')");
                return null;
        }
    }

    private static Ed25519PrivateKeyParameters GenerateEd25519()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        return (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
    }
}
