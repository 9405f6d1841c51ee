namespace Infra.Secrets.Tests.Passphrase;

/// <summary>
/// A stack salt written by Pulumi itself, used as data. Source: repository pulumi/pulumi, file
/// pkg/secrets/passphrase/manager_test.go, commit 14a76bf191cb6c4f439fb6916675a95d17129c04, constants
/// <c>state</c> and <c>brokenState</c>; that test sets PULUMI_CONFIG_PASSPHRASE to "password" for the
/// correct case and to "password123" for the incorrect one.
/// </summary>
internal static class PulumiVector
{
    internal const string EncryptionSalt = "v1:fozI5u6B030=:v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==";
    internal const string BrokenEncryptionSalt = "fozI5u6B030=:v1:F+6ZduL:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==";
    internal const string CorrectPassphrase = "password";
    internal const string IncorrectPassphrase = "password123";

    /// <summary>The check value inside <see cref="EncryptionSalt"/>: Pulumi's encryption of "pulumi".</summary>
    internal const string CheckCiphertext = "v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==";
}
