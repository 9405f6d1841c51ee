namespace Infra.Components.Vault;

/// <summary>Checks <see cref="VaultClusterArgs"/>, naming each bad argument.</summary>
internal static class VaultArgsValidator
{
    public static ArgumentCheck Check(string name, VaultClusterArgs args)
    {
        var unseal = args.Unseal;
        const string u = nameof(args.Unseal);
        var check = new ArgumentCheck($"VaultCluster '{name}'")
            .DnsLabel(name, "name")
            .DnsLabel(args.Namespace, nameof(args.Namespace))
            .QuorumMembers(args.Replicas, nameof(args.Replicas), args.Production)
            .StorageSize(args.Storage.Size, $"{nameof(args.Storage)}.{nameof(StorageArgs.Size)}")
            .Require(args.TlsEnabled || !args.Production, nameof(args.TlsEnabled), "must be true in a production stack: the API carries tokens and secrets")
            .Require(unseal.Mode != VaultUnsealMode.Shamir || !args.Production, $"{u}.{nameof(unseal.Mode)}", "must be an auto-unseal (Transit, AwsKms or GcpCkms) in a production stack so restarted nodes rejoin unattended");
        switch (unseal.Mode)
        {
            case VaultUnsealMode.Transit:
                check.Require(Uri.TryCreate(unseal.TransitAddress, UriKind.Absolute, out _), $"{u}.{nameof(unseal.TransitAddress)}", $"must be an absolute URL for Transit unseal, got '{unseal.TransitAddress}'")
                    .Require(!string.IsNullOrWhiteSpace(unseal.TransitKeyName), $"{u}.{nameof(unseal.TransitKeyName)}", "is required for Transit unseal")
                    .Require(!string.IsNullOrWhiteSpace(unseal.TransitTokenSecretName), $"{u}.{nameof(unseal.TransitTokenSecretName)}", "is required for Transit unseal (a Secret name, never the token)");
                break;
            case VaultUnsealMode.AwsKms:
                check.Require(!string.IsNullOrWhiteSpace(unseal.AwsRegion), $"{u}.{nameof(unseal.AwsRegion)}", "is required for AwsKms unseal")
                    .Require(!string.IsNullOrWhiteSpace(unseal.AwsKmsKeyId), $"{u}.{nameof(unseal.AwsKmsKeyId)}", "is required for AwsKms unseal");
                break;
            case VaultUnsealMode.GcpCkms:
                check.Require(!string.IsNullOrWhiteSpace(unseal.GcpProject), $"{u}.{nameof(unseal.GcpProject)}", "is required for GcpCkms unseal")
                    .Require(!string.IsNullOrWhiteSpace(unseal.GcpRegion), $"{u}.{nameof(unseal.GcpRegion)}", "is required for GcpCkms unseal")
                    .Require(!string.IsNullOrWhiteSpace(unseal.GcpKeyRing), $"{u}.{nameof(unseal.GcpKeyRing)}", "is required for GcpCkms unseal")
                    .Require(!string.IsNullOrWhiteSpace(unseal.GcpCryptoKey), $"{u}.{nameof(unseal.GcpCryptoKey)}", "is required for GcpCkms unseal");
                break;
        }
        if (args.Audit.Enabled)
        {
            check.StorageSize(args.Audit.Storage.Size, $"{nameof(args.Audit)}.{nameof(args.Audit.Storage)}.{nameof(StorageArgs.Size)}");
        }
        return check;
    }
}
