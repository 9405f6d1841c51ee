namespace Infra.Secrets.Passphrase;

/// <summary>
/// The parsed <c>encryptionsalt</c> of a stack: <c>v1:base64(salt):</c> followed by the ciphertext of the
/// check value <c>pulumi</c>, which proves a passphrase right without touching any secret.
/// </summary>
internal sealed record EncryptionSalt(byte[] Salt, string CheckCiphertext)
{
    internal const string CheckPlaintext = "pulumi";
    private const string VersionTag = "v1";

    internal static SecretsResult<EncryptionSalt> Parse(string value)
    {
        var parts = value.Split(':', 3);
        if (parts.Length != 3)
        {
            return Malformed("expected 'v1:<salt>:v1:<nonce>:<ciphertext>'");
        }

        if (parts[0] != VersionTag)
        {
            return Malformed($"unknown version '{parts[0]}', expected '{VersionTag}'");
        }

        byte[] salt;
        try
        {
            salt = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            return Malformed("the salt is not valid base64");
        }

        if (salt.Length == 0)
        {
            return Malformed("the salt is empty");
        }

        return SecretsResult<EncryptionSalt>.Success(new EncryptionSalt(salt, parts[2]));
    }

    internal string Format() => $"{VersionTag}:{Convert.ToBase64String(Salt)}:{CheckCiphertext}";

    private static SecretsResult<EncryptionSalt> Malformed(string why) =>
        SecretsResult<EncryptionSalt>.Failure(SecretsErrorCode.MalformedEncryptionSalt, $"malformed encryptionsalt: {why}");
}
