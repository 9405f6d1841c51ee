namespace Infra.Components.Vault;

/// <summary>The file audit device of a <see cref="VaultCluster"/>.</summary>
public sealed record VaultAuditArgs
{
    /// <summary>Keeps a file audit log on a dedicated volume (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The audit volume (default 10Gi).</summary>
    public StorageArgs Storage { get; init; } = new();

    /// <summary>
    /// A Secret (reference only) whose <c>token</c> may enable audit devices; when set, a Job enables the file device
    /// once Vault is initialized. Without it, run <c>vault audit enable file file_path=/vault/audit/audit.log</c> after init.
    /// </summary>
    public string? EnableTokenSecretName { get; init; }
}
