using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Journal;
using Infra.Engine.Projects;
using Infra.Engine.State;
using Infra.Engine.Workspaces;
using Infra.Properties;

namespace Infra.Engine.Operations;

/// <summary>Stack, config and state management that needs no program run.</summary>
public sealed class StackAdmin(Workspace workspace)
{
    /// <summary>Creates a stack (and selects it).</summary>
    public async Task InitAsync(string stack, CancellationToken cancellationToken)
    {
        StackNames.Validate(stack);
        var store = workspace.StateFor(stack);
        if (await store.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InputException($"stack '{stack}' already exists in {store.Backend.Url}.");
        }
        await store.CreateAsync(cancellationToken).ConfigureAwait(false);
        workspace.SelectStack(stack);
    }

    /// <summary>Lists stacks with their resource counts.</summary>
    public async Task<IReadOnlyList<(string Name, bool Current, int Resources)>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<(string, bool, int)>();
        foreach (var name in await workspace.Backend.ListStacksAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = await workspace.Backend.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var count = 0;
            if (stored is not null)
            {
                using var doc = JsonDocument.Parse(stored.Checkpoint);
                count = doc.RootElement.GetProperty("state").GetProperty("resources").GetArrayLength();
            }
            result.Add((name, name == workspace.SelectedStack, count));
        }
        return result;
    }

    /// <summary>Selects an existing stack.</summary>
    public async Task SelectAsync(string stack, CancellationToken cancellationToken)
    {
        StackNames.Validate(stack);
        if (!await workspace.StateFor(stack).ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InputException($"stack '{stack}' does not exist: create it with `infra stack init {stack}`.");
        }
        workspace.SelectStack(stack);
    }

    /// <summary>Removes a stack; refuses while it has resources unless forced.</summary>
    public async Task RemoveAsync(string stack, bool force, CancellationToken cancellationToken)
    {
        var loaded = await workspace.StateFor(stack).LoadAsync(cancellationToken).ConfigureAwait(false);
        if (loaded.State.Resources.Any(r => r.Custom) && !force)
        {
            throw new InputException($"stack '{stack}' still has {loaded.State.Resources.Count(r => r.Custom)} resource(s): run `infra destroy` first, or pass --force to forget them.");
        }
        await workspace.Backend.RemoveAsync(stack, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stack's outputs (the stack resource's outputs).</summary>
    public async Task<PropertyMap> OutputsAsync(string stack, CancellationToken cancellationToken)
    {
        var loaded = await workspace.StateFor(stack).LoadAsync(cancellationToken).ConfigureAwait(false);
        return loaded.State.Resources.FirstOrDefault(r => r.Type == Infra.Urn.StackType)?.Outputs ?? PropertyMap.Empty;
    }

    /// <summary>Exports the state as JSON; secrets stay encrypted unless <paramref name="showSecrets"/>.</summary>
    public async Task<byte[]> ExportAsync(string stack, bool showSecrets, CancellationToken cancellationToken)
    {
        var loaded = await workspace.StateFor(stack).LoadAsync(cancellationToken).ConfigureAwait(false);
        var codec = new CheckpointCodec(new StateJson(workspace.SecretsFor(stack), revealSecrets: showSecrets));
        return codec.EncodeState(loaded.State);
    }

    /// <summary>The largest export <see cref="ImportAsync"/> reads.</summary>
    public const long MaxImportBytes = 512L * 1024 * 1024;

    /// <summary>Imports an export into a stack (creating it), keeping lineage and serial.</summary>
    public async Task ImportAsync(string stack, string path, bool force, CancellationToken cancellationToken)
    {
        StackNames.Validate(stack);
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found.");
        }
        if (new FileInfo(path).Length > MaxImportBytes)
        {
            throw new InputException($"{path}: export is larger than {MaxImportBytes / (1024 * 1024)} MiB.");
        }
        var codec = new CheckpointCodec(new StateJson(workspace.SecretsFor(stack)));
        StackState imported;
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            Utf8Check.ThrowIfInvalid(content, path, "export");
            using var doc = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 256 });
            imported = codec.DecodeState(doc.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}:{(e.LineNumber ?? 0) + 1}: not a valid state export: {e.Message.Split(" Path:")[0]}");
        }
        StateVerifier.Verify(imported, path);
        if (imported.Project != workspace.Project.Name)
        {
            throw new InputException($"{path}: export is from project '{imported.Project}', not '{workspace.Project.Name}'.");
        }
        if (imported.Stack != stack && !force)
        {
            throw new InputException($"{path}: export is from stack '{imported.Stack}', not '{stack}'; pass --force to import it anyway.");
        }
        var store = workspace.StateFor(stack);
        var bytes = store.Checkpoints.Encode(imported with { Stack = stack });
        var existing = await workspace.Backend.ReadAsync(stack, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            await workspace.Backend.CreateAsync(stack, bytes, cancellationToken).ConfigureAwait(false);
            return;
        }
        await using var stackLock = await workspace.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("import", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        var current = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (current.State.Lineage != imported.Lineage && current.State.Resources.Length > 0 && !force)
        {
            throw new InputException($"{path}: export has lineage {imported.Lineage} but stack '{stack}' has {current.State.Lineage} with {current.State.Resources.Length} resources; pass --force to replace it.");
        }
        if (current.State.Lineage == imported.Lineage && current.State.Serial > imported.Serial && !force)
        {
            throw new InputException($"{path}: export has serial {imported.Serial}, older than the stack's {current.State.Serial}; pass --force to go back.");
        }
        await workspace.Backend.WriteCheckpointAsync(stack, bytes, current.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets a resource (it keeps existing); refuses while others depend on it.</summary>
    public Task DeleteResourceAsync(string stack, string urn, CancellationToken cancellationToken) =>
        EditAsync(stack, "state delete", urn, async (state, resource, journal) =>
        {
            var dependents = state.Resources.Where(r => r.Urn != urn && (r.Dependencies.Contains(urn) || r.Parent == urn)).Select(r => r.Urn).ToList();
            if (dependents.Count > 0)
            {
                throw new InputException($"cannot delete {urn} from state: {string.Join(", ", dependents)} depend(s) on it.");
            }
            if (resource.Protect)
            {
                throw new InputException($"{urn} is protected: run `infra state unprotect '{urn}'` first.");
            }
            await journal.AppendAsync(JournalOp.Commit, StepKind.Remove, urn, null, resource.Id).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Clears a resource's protect flag.</summary>
    public Task UnprotectAsync(string stack, string urn, CancellationToken cancellationToken) =>
        EditAsync(stack, "state unprotect", urn, (_, resource, journal) =>
            journal.AppendAsync(JournalOp.Commit, StepKind.Same, urn, resource with { Protect = false }), cancellationToken);

    /// <summary>Makes the previous checkpoint current again.</summary>
    public async Task RestoreBackupAsync(string stack, CancellationToken cancellationToken)
    {
        await using var stackLock = await workspace.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("restore-backup", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        await workspace.Backend.RestoreBackupAsync(stack, cancellationToken).ConfigureAwait(false);
        await workspace.StateFor(stack).LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets a config value in the stack file.</summary>
    public async Task SetConfigAsync(string stack, string key, string value, bool secret, CancellationToken cancellationToken)
    {
        var file = workspace.LoadStackConfig(stack);
        var full = key.Contains(':', StringComparison.Ordinal) ? key : workspace.Project.Name + ":" + key;
        if (workspace.Project.Config.TryGetValue(full, out var declaration) && declaration.Type is { } type && ConfigTypeChecker.CheckText(type, value) is { } problem)
        {
            throw new InputException($"config key '{full}' {problem} (declared in {declaration.Location}).");
        }
        if (declaration?.Secret == true && !secret)
        {
            throw new InputException($"config key '{full}' is declared secret in {declaration.Location}: add --secret.");
        }
        StackConfigEntry entry;
        if (secret)
        {
            entry = new StackConfigEntry(full, null, workspace.SecretsFor(stack).Encrypt(value), null);
            file = workspace.LoadStackConfig(stack); // encrypting may have written a new salt
        }
        else
        {
            entry = new StackConfigEntry(full, JsonValue.Create(value).ToJsonString(), null, null);
        }
        var values = new Dictionary<string, StackConfigEntry>(file.Values, StringComparer.Ordinal) { [full] = entry };
        await StackConfigLoader.SaveAsync(file with { Values = values }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a config value.</summary>
    public async Task RemoveConfigAsync(string stack, string key, CancellationToken cancellationToken)
    {
        var file = workspace.LoadStackConfig(stack);
        var full = key.Contains(':', StringComparison.Ordinal) ? key : workspace.Project.Name + ":" + key;
        if (!file.Values.ContainsKey(full))
        {
            throw new InputException($"config key '{full}' is not set in {file.Path}.");
        }
        var values = new Dictionary<string, StackConfigEntry>(file.Values, StringComparer.Ordinal);
        values.Remove(full);
        await StackConfigLoader.SaveAsync(file with { Values = values }, cancellationToken).ConfigureAwait(false);
    }

    private async Task EditAsync(string stack, string operation, string urn, Func<StackState, ResourceState, JournalWriter, Task> edit, CancellationToken cancellationToken)
    {
        var store = workspace.StateFor(stack);
        await using var stackLock = await workspace.Backend.LockAsync(stack, LockInfo.ForCurrentProcess(operation, workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        var loaded = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (loaded.Recovered.Count > 0)
        {
            throw new InputException($"stack '{stack}' holds changes of a run that did not finish, which its providers have not confirmed yet; run `infra up` (or `infra refresh`) first.");
        }
        var resource = loaded.State.Resources.FirstOrDefault(r => r.Urn == urn && !r.PendingReplacement)
            ?? throw new InputException($"no resource {urn} in stack '{stack}' (see `infra stack export`).");
        var journal = store.OpenJournal(loaded, workspace.Environment.Time);
        try
        {
            await edit(loaded.State, resource, journal).ConfigureAwait(false);
        }
        finally
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
        await store.CompactAsync(journal.State.ToState(loaded.State.Serial), loaded.Revision, cancellationToken).ConfigureAwait(false);
    }
}
