namespace Infra.Secrets.Vault;

/// <summary>Where and how to reach a Vault Transit key.</summary>
/// <param name="Address">Vault's base address, e.g. <c>https://vault.example:8200/</c>.</param>
/// <param name="Mount">The Transit engine's mount path, e.g. <c>transit</c>.</param>
/// <param name="KeyName">The Transit key's name.</param>
/// <param name="Namespace">The Vault Enterprise namespace sent as <c>X-Vault-Namespace</c>, or null.</param>
/// <param name="Auth">The credentials.</param>
public sealed record VaultSettings(Uri Address, string Mount, string KeyName, string? Namespace, VaultAuth Auth);
