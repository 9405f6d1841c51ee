using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Projects;
using Infra.Engine.Secrets;
using Infra.Engine.State;
using Infra.Engine.Workspaces;
using Infra.Secrets;
using Infra.Secrets.Passphrase;

namespace Infra.Engine.Operations;

/// <summary>
/// <c>stack change-secrets-provider</c>: re-encrypts a stack's config and state under a new provider or passphrase.
/// The checkpoint is written first (its backup keeps the old encryption), then the stack file.
/// </summary>
public sealed class SecretsRotation(Workspace workspace)
{
    /// <summary>The variable holding the new passphrase when rotating to a passphrase.</summary>
    public const string NewPassphraseVariable = "INFRA_NEW_CONFIG_PASSPHRASE";

    /// <summary>Switches <paramref name="stack"/> to <paramref name="provider"/> (<c>passphrase</c> or <c>vault://…</c>).</summary>
    public async Task ChangeAsync(string stack, string provider, CancellationToken cancellationToken)
    {
        var oldCodec = workspace.SecretsFor(stack);
        var file = workspace.LoadStackConfig(stack);
        var plaintexts = file.Values.Values.Where(v => v.IsSecure).ToDictionary(v => v.Key, v => oldCodec.Decrypt(v.Ciphertext!), StringComparer.Ordinal);

        string? salt = null;
        ISecretsCodec newCodec;
        if (provider == "passphrase")
        {
            var passphrase = workspace.Environment.Get(NewPassphraseVariable)
                ?? throw new InputException($"set {NewPassphraseVariable} to the new passphrase (the current one stays in INFRA_CONFIG_PASSPHRASE).");
            var created = PassphraseSecretsProvider.CreateForNewStack(passphrase);
            salt = created.EncryptionSalt;
            newCodec = new SecretsProviderCodec(created.Provider);
        }
        else if (provider.StartsWith("vault://", StringComparison.Ordinal))
        {
            var opened = SecretsProviderFactory.Open(new StackSecretsSettings(provider, null), workspace.Environment.Get);
            newCodec = opened.IsSuccess ? new SecretsProviderCodec(opened.Value) : throw new InputException($"secrets provider '{provider}': {opened.Error.Message}");
        }
        else
        {
            throw new InputException($"unknown secrets provider '{provider}': use passphrase or vault://HOST/MOUNT/KEY.");
        }

        var store = workspace.StateFor(stack);
        if (await store.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var stackLock = await workspace.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("change-secrets-provider", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
            var loaded = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (loaded.State.PendingOperations.Length > 0 || loaded.Recovered.Count > 0)
            {
                throw new InputException($"stack '{stack}' has operations interrupted by a crash or changes of a run that did not finish; run `infra up` first.");
            }
            var next = loaded.State with { Serial = loaded.State.Serial + 1 };
            var bytes = new CheckpointCodec(new StateJson(newCodec)).Encode(next);
            await workspace.Backend.WriteCheckpointAsync(stack, bytes, loaded.Revision, cancellationToken).ConfigureAwait(false);
        }
        var values = file.Values.ToDictionary(
            v => v.Key,
            v => v.Value.IsSecure ? v.Value with { Ciphertext = newCodec.Encrypt(plaintexts[v.Key]) } : v.Value,
            StringComparer.Ordinal);
        await StackConfigLoader.SaveAsync(file with
        {
            EncryptionSalt = salt,
            SecretsProvider = provider == "passphrase" ? null : provider,
            Values = values,
        }, cancellationToken).ConfigureAwait(false);
    }
}
