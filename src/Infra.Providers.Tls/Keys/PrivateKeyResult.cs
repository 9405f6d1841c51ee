namespace Infra.Providers.Tls;

/// <summary>
/// A generated (or loaded) key pair. <see cref="PrivateKeyPem"/> is a secret: store it only as a secret
/// output; <see cref="ToString"/> never prints it.
/// </summary>
/// <param name="Algorithm">The key's algorithm.</param>
/// <param name="PrivateKeyPem">The private key as PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>). Secret.</param>
/// <param name="PublicKeyPem">The public key as SubjectPublicKeyInfo PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</param>
/// <param name="PublicKeyOpenSsh">The public key in OpenSSH <c>authorized_keys</c> form, e.g. <c>ssh-ed25519 AAAA…</c>.</param>
/// <param name="PublicKeyFingerprintSha256">OpenSSH SHA-256 fingerprint, <c>SHA256:…</c> (unpadded base64).</param>
/// <param name="PublicKeyFingerprintMd5">OpenSSH MD5 fingerprint, colon-separated hex.</param>
public sealed record PrivateKeyResult(
    KeyAlgorithm Algorithm,
    string PrivateKeyPem,
    string PublicKeyPem,
    string PublicKeyOpenSsh,
    string PublicKeyFingerprintSha256,
    string PublicKeyFingerprintMd5)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"PrivateKeyResult {{ Algorithm = {Algorithm}, PrivateKeyPem = [secret], PublicKeyOpenSsh = {PublicKeyOpenSsh} }}";
}
