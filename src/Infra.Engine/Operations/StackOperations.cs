using System.Collections.Immutable;
using Infra.Deployment;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Events;
using Infra.Engine.Execution;
using Infra.Engine.Planning;
using Infra.Engine.Providers;
using Infra.Engine.State;
using Infra.Engine.Workspaces;
using Infra.Providers;

namespace Infra.Engine.Operations;

/// <summary>
/// preview, up, destroy and refresh: the flow from loaded state through planning, gates and confirmation to
/// execution and compaction. Everything the user sees goes through <see cref="IEngineEventSink"/> and
/// <see cref="IUserInterface"/>.
/// </summary>
public sealed class StackOperations(Workspace workspace, IEngineEventSink events, IUserInterface ui)
{
    private readonly Journal.CrashInjector? _crash = Journal.CrashInjector.FromEnvironment(workspace.Environment.Get);

    /// <summary>Runs a preview.</summary>
    public async Task<OperationResult> PreviewAsync(StackProgram program, OperationOptions options, CancellationToken cancellationToken)
    {
        var stack = workspace.ResolveStack(options.Stack);
        var store = workspace.StateFor(stack);
        LoadedState loaded;
        if (!await store.ExistsAsync(cancellationToken).ConfigureAwait(false) && File.Exists(workspace.Project.StackConfigPath(stack)))
        {
            // A stack declared by its config file but never deployed: preview against empty state, create nothing.
            loaded = new LoadedState(StackState.New(workspace.Project.Name, stack) with { Lineage = "" }, "", 0, []);
        }
        else
        {
            await OpenStoreAsync(stack, createIfDeclared: false, cancellationToken).ConfigureAwait(false);
            loaded = await LoadAsync(store, cancellationToken).ConfigureAwait(false);
        }
        if (loaded.State.PendingOperations.Length > 0)
        {
            ui.Warn($"{loaded.State.PendingOperations.Length} operation(s) were interrupted by a crash; the next `up` resolves them by reading the live resources.");
        }
        var config = workspace.ResolveConfig(stack);
        if (options.Refresh)
        {
            var drift = await new Refresher(CreateRegistry(program, stack, config, dryRun: true), events).ReadAllAsync(loaded.State, cancellationToken).ConfigureAwait(false);
            loaded = loaded with { State = Refresher.Apply(loaded.State, drift) };
            ReportDrift(drift);
        }
        events.Publish(new PhaseEvent($"Previewing update ({stack}):"));
        var result = await RunProgramAsync(program, stack, config, loaded.State, null, dryRun: true, options, null, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return new OperationResult(FailureCode(result), result.Plan, result);
        }
        if (options.SavePlanPath is not null)
        {
            await PlanFile.WriteAsync(options.SavePlanPath, result.Plan, cancellationToken).ConfigureAwait(false);
            ui.Info($"Plan saved to {options.SavePlanPath}; apply it with `infra up --plan {options.SavePlanPath}`.");
        }
        var gate = await EvaluateGatesAsync(options, result.Plan, cancellationToken).ConfigureAwait(false);
        return new OperationResult(gate ? ExitCodes.PolicyBlocked : ExitCodes.Ok, result.Plan, result);
    }

    /// <summary>Runs an update: preview (or the saved plan), gates, confirmation, then execution.</summary>
    public async Task<OperationResult> UpAsync(StackProgram program, OperationOptions options, CancellationToken cancellationToken)
    {
        var stack = workspace.ResolveStack(options.Stack);
        var store = await OpenStoreAsync(stack, createIfDeclared: true, cancellationToken).ConfigureAwait(false);
        var config = workspace.ResolveConfig(stack);
        if (options.ForceUnlock)
        {
            await store.Backend.ForceUnlockAsync(stack, cancellationToken).ConfigureAwait(false);
        }
        await using var stackLock = await store.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("up", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        var load = await store.StartLoadAsync(cancellationToken).ConfigureAwait(false);
        var providers = CreateRegistry(program, stack, config, dryRun: false);
        // With nothing to recover or refresh first, the preview starts while the checkpoint is decoded.
        var overlap = !load.HasJournalRecords && !options.Refresh && options.PlanPath is null;
        var loaded = overlap ? null : await ReportLoadAsync(load.Loaded).ConfigureAwait(false);
        if (loaded is not null)
        {
            await RecoverProvidersAsync(loaded, providers, cancellationToken).ConfigureAwait(false);
            loaded = await ResolvePendingAsync(store, loaded, providers, cancellationToken).ConfigureAwait(false);
            if (options.Refresh)
            {
                loaded = await RefreshIntoStateAsync(store, loaded, providers, cancellationToken).ConfigureAwait(false);
            }
        }

        PlanDocument plan;
        DeploymentResult? unchanged = null;
        PreviewRecording? recording = null;
        if (options.PlanPath is not null)
        {
            loaded ??= await ReportLoadAsync(load.Loaded).ConfigureAwait(false); // loaded already: a plan never overlaps
            plan = await PlanFile.ReadAsync(options.PlanPath, cancellationToken).ConfigureAwait(false);
            CheckPlanFits(plan, loaded.State, options.PlanPath);
        }
        else
        {
            events.Publish(new PhaseEvent($"Previewing update ({stack}):"));
            var prior = loaded is null ? StateOf(load.Loaded) : Task.FromResult(loaded.State);
            var preview = await RunProgramAsync(program, stack, config, prior, null, dryRun: true, options, null, cancellationToken).ConfigureAwait(false);
            loaded ??= await ReportLoadAsync(load.Loaded).ConfigureAwait(false);
            if (!preview.Succeeded)
            {
                return new OperationResult(FailureCode(preview), preview.Plan, preview);
            }
            plan = preview.Plan;
            recording = preview.Recording is { Obstacle: null } replayable && options.Targets is null ? replayable : null;
            if (!preview.ChangesState && loaded.JournalRecords == 0 && options.Targets is null && !options.Refresh)
            {
                unchanged = preview;
            }
        }
        if (await EvaluateGatesAsync(options, plan, cancellationToken).ConfigureAwait(false))
        {
            return new OperationResult(ExitCodes.PolicyBlocked, plan, null, "the update was blocked by policy; nothing was changed.");
        }
        if (!Confirm(options, plan, "update"))
        {
            return new OperationResult(ExitCodes.Ok, plan, null, "update cancelled; nothing was changed.");
        }
        if (unchanged is not null)
        {
            // The preview proved the update would record nothing (Terraform's "No changes"): running the program a
            // second time would only repeat its work.
            return new OperationResult(ExitCodes.Ok, plan, unchanged);
        }
        events.Publish(new PhaseEvent($"Updating ({stack}):"));
        return await ExecuteAsync(store, loaded, providers, journal => recording is null
            ? RunProgramAsync(program, stack, config, loaded.State, journal, dryRun: false, options, plan, cancellationToken, providers)
            : ReplayAsync(recording, stack, config, loaded, journal, options, providers, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Carries out the preview's own steps (the program ran once). A provider whose outputs differ from its prediction
    /// stops what depends on them, as a second program run would by the plan check.
    /// </summary>
    private async Task<DeploymentResult> ReplayAsync(PreviewRecording recording, string stack, IReadOnlyDictionary<string, ConfigValue> config, LoadedState loaded, Journal.JournalWriter journal, OperationOptions options, ProviderRegistry providers, CancellationToken cancellationToken)
    {
        var settings = Settings(stack, config, dryRun: false, options, plan: null);
        var replayed = await new DeploymentRun(settings, loaded.State, journal, providers, events, workspace.Environment.Time, cancellationToken)
            .ReplayAsync(recording, cancellationToken).ConfigureAwait(false);
        if (replayed.Diverged > 0)
        {
            ui.Warn($"{replayed.Diverged} resource(s) returned outputs other than their provider predicted: what depends on them was not changed, and component and stack outputs were not recorded. Run `infra up` again to finish.");
        }
        return replayed;
    }

    /// <summary>Deletes every resource of the stack.</summary>
    public async Task<OperationResult> DestroyAsync(StackProgram program, OperationOptions options, CancellationToken cancellationToken)
    {
        var stack = workspace.ResolveStack(options.Stack);
        var store = await OpenStoreAsync(stack, createIfDeclared: false, cancellationToken).ConfigureAwait(false);
        var config = workspace.ResolveConfig(stack);
        if (options.ForceUnlock)
        {
            await store.Backend.ForceUnlockAsync(stack, cancellationToken).ConfigureAwait(false);
        }
        await using var stackLock = await store.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("destroy", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        var loaded = await LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var providers = CreateRegistry(program, stack, config, dryRun: false);
        await RecoverProvidersAsync(loaded, providers, cancellationToken).ConfigureAwait(false);
        loaded = await ResolvePendingAsync(store, loaded, providers, cancellationToken).ConfigureAwait(false);
        var settings = Settings(stack, config, dryRun: true, options, null);
        events.Publish(new PhaseEvent($"Previewing destroy ({stack}):"));
        var preview = await new DeploymentRun(settings, loaded.State, null, providers, events, workspace.Environment.Time, cancellationToken).DestroyAsync(cancellationToken).ConfigureAwait(false);
        if (!preview.Succeeded)
        {
            return new OperationResult(FailureCode(preview), preview.Plan, preview);
        }
        if (!Confirm(options, preview.Plan, "destroy"))
        {
            return new OperationResult(ExitCodes.Ok, preview.Plan, null, "destroy cancelled; nothing was changed.");
        }
        events.Publish(new PhaseEvent($"Destroying ({stack}):"));
        return await ExecuteAsync(store, loaded, providers, journal =>
            new DeploymentRun(settings with { DryRun = false, Plan = preview.Plan }, loaded.State, journal, providers, events, workspace.Environment.Time, cancellationToken).DestroyAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every resource from its provider and, when confirmed, records drift in state.</summary>
    public async Task<OperationResult> RefreshAsync(StackProgram program, OperationOptions options, CancellationToken cancellationToken)
    {
        var stack = workspace.ResolveStack(options.Stack);
        var store = await OpenStoreAsync(stack, createIfDeclared: false, cancellationToken).ConfigureAwait(false);
        var config = workspace.ResolveConfig(stack);
        await using var stackLock = await store.Backend.LockAsync(stack, LockInfo.ForCurrentProcess("refresh", workspace.Environment.Time), cancellationToken).ConfigureAwait(false);
        var loaded = await LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var providers = CreateRegistry(program, stack, config, dryRun: false);
        await RecoverProvidersAsync(loaded, providers, cancellationToken).ConfigureAwait(false);
        var refresher = new Refresher(providers, events);
        var drift = await refresher.ReadAllAsync(loaded.State, cancellationToken).ConfigureAwait(false);
        if (drift.Count == 0)
        {
            ui.Info("No drift: every resource matches its recorded state.");
            return new OperationResult(ExitCodes.Ok, null, null);
        }
        foreach (var item in drift)
        {
            ui.Info(item.Describe());
        }
        if (!Confirm(options, null, "refresh"))
        {
            return new OperationResult(ExitCodes.Ok, null, null, "refresh not written; state is unchanged.");
        }
        var journal = store.OpenJournal(loaded, workspace.Environment.Time, _crash);
        try
        {
            await Refresher.RecordAsync(journal, loaded.State, drift).ConfigureAwait(false);
        }
        finally
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
        await CompactAsync(store, loaded, journal, cancellationToken).ConfigureAwait(false);
        return new OperationResult(ExitCodes.Ok, null, null, $"recorded drift of {drift.Count} resource(s) in state.");
    }

    private async Task<StateStore> OpenStoreAsync(string stack, bool createIfDeclared, CancellationToken cancellationToken)
    {
        var store = workspace.StateFor(stack);
        if (!await store.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            var declared = File.Exists(workspace.Project.StackConfigPath(stack));
            if (!createIfDeclared || !declared)
            {
                throw new InputException($"stack '{stack}' does not exist{(declared ? "" : $" and has no {Path.GetFileName(workspace.Project.StackConfigPath(stack))}")}: create it with `infra stack init {stack}`.");
            }
            await store.CreateAsync(cancellationToken).ConfigureAwait(false);
            ui.Info($"Created stack '{stack}' (declared by {Path.GetRelativePath(workspace.Project.Directory, workspace.Project.StackConfigPath(stack))}) in {store.Backend.Url}.");
        }
        return store;
    }

    private async Task<LoadedState> LoadAsync(StateStore store, CancellationToken cancellationToken) =>
        await ReportLoadAsync((await store.StartLoadAsync(cancellationToken).ConfigureAwait(false)).Loaded).ConfigureAwait(false);

    private static async Task<StackState> StateOf(Task<LoadedState> loading) => (await loading.ConfigureAwait(false)).State;

    /// <summary>Waits for a load and tells the user what it found.</summary>
    private async Task<LoadedState> ReportLoadAsync(Task<LoadedState> loading)
    {
        var loaded = await loading.ConfigureAwait(false);
        foreach (var warning in loaded.Warnings)
        {
            ui.Warn(warning);
        }
        if (loaded.JournalRecords > 0)
        {
            ui.Warn($"Recovered {loaded.JournalRecords} journal record(s) from a run that did not finish.");
        }
        return loaded;
    }

    /// <summary>
    /// Hands each provider the effects an unfinished run recorded for its resources, before this run can fold those
    /// records into a checkpoint: a provider that acknowledged steps ahead of writing them makes them durable now.
    /// </summary>
    private static async Task RecoverProvidersAsync(LoadedState loaded, ProviderRegistry providers, CancellationToken cancellationToken)
    {
        foreach (var group in loaded.Recovered.GroupBy(c => c.Resource.Package, StringComparer.Ordinal))
        {
            var resources = group.Select(c => new RecoveredResource(c.Resource.Urn, c.Resource.Type, c.Resource.Id, c.Resource.Inputs, c.Resource.Outputs, c.Deleted)).ToList();
            await providers.Get(group.Key).RecoverAsync(new RecoverRequest(resources), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<LoadedState> ResolvePendingAsync(StateStore store, LoadedState loaded, ProviderRegistry providers, CancellationToken cancellationToken)
    {
        if (loaded.State.PendingOperations.Length == 0)
        {
            return loaded;
        }
        var journal = store.OpenJournal(loaded, workspace.Environment.Time, _crash);
        IReadOnlyList<string> report;
        try
        {
            report = await PendingOperationResolver.ResolveAsync(journal, loaded.State.PendingOperations, providers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
        foreach (var line in report)
        {
            ui.Warn(line);
        }
        journal.State.ClearOpenOperations();
        return loaded with { State = journal.State.ToState(loaded.State.Serial), JournalRecords = loaded.JournalRecords + (int)journal.Records };
    }

    /// <summary>The update pass shared by up and destroy: journal every step, let providers finish, then compact.</summary>
    private async Task<OperationResult> ExecuteAsync(StateStore store, LoadedState loaded, ProviderRegistry providers, Func<Journal.JournalWriter, Task<DeploymentResult>> run, CancellationToken cancellationToken)
    {
        var journal = store.OpenJournal(loaded, workspace.Environment.Time, _crash);
        DeploymentResult result;
        try
        {
            result = await run(journal).ConfigureAwait(false);
            // Steps of providers that defer their effects went on once their records were queued: all must be
            // durable before any provider makes its effects visible.
            await journal.FlushAsync().ConfigureAwait(false);
            // After an injected crash the process is meant to be dead: its providers never get to finish.
            foreach (var provider in journal.Crashed ? [] : providers.Created)
            {
                await provider.FinishAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !journal.Crashed)
        {
            // Interrupted: the steps that finished are journaled; providers finish them (a provider may hold writes
            // until then), and only then are they folded into the checkpoint.
            await journal.FlushAsync().ConfigureAwait(false);
            await journal.DisposeAsync().ConfigureAwait(false);
            foreach (var provider in providers.Created)
            {
                await provider.FinishAsync(CancellationToken.None).ConfigureAwait(false);
            }
            await CompactAsync(store, loaded, journal, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
        await CompactAsync(store, loaded, journal, cancellationToken).ConfigureAwait(false);
        return new OperationResult(result.Succeeded ? ExitCodes.Ok : FailureCode(result), result.Plan, result);
    }

    private async Task<LoadedState> RefreshIntoStateAsync(StateStore store, LoadedState loaded, ProviderRegistry providers, CancellationToken cancellationToken)
    {
        var drift = await new Refresher(providers, events).ReadAllAsync(loaded.State, cancellationToken).ConfigureAwait(false);
        ReportDrift(drift);
        if (drift.Count == 0)
        {
            return loaded;
        }
        var journal = store.OpenJournal(loaded, workspace.Environment.Time, _crash);
        try
        {
            await Refresher.RecordAsync(journal, loaded.State, drift).ConfigureAwait(false);
        }
        finally
        {
            await journal.DisposeAsync().ConfigureAwait(false);
        }
        return loaded with { State = journal.State.ToState(loaded.State.Serial), JournalRecords = loaded.JournalRecords + (int)journal.Records };
    }

    private void ReportDrift(IReadOnlyList<Refresher.Drift> drift)
    {
        foreach (var item in drift)
        {
            ui.Warn("drift: " + item.Describe());
        }
    }

    private async Task CompactAsync(StateStore store, LoadedState loaded, Journal.JournalWriter journal, CancellationToken cancellationToken)
    {
        journal.ThrowIfCrashed();
        if (journal.Records == 0 && loaded.JournalRecords == 0)
        {
            return;
        }
        // Compaction must finish even when the run was interrupted: its journal is already durable.
        await store.CompactAsync(journal.State.ToState(loaded.State.Serial), loaded.Revision, CancellationToken.None).ConfigureAwait(false);
        _ = cancellationToken;
    }

    private Task<DeploymentResult> RunProgramAsync(StackProgram program, string stack, IReadOnlyDictionary<string, ConfigValue> config, StackState state, Journal.JournalWriter? journal, bool dryRun, OperationOptions options, PlanDocument? plan, CancellationToken cancellationToken, ProviderRegistry? providers = null) =>
        RunProgramAsync(program, stack, config, Task.FromResult(state), journal, dryRun, options, plan, cancellationToken, providers);

    private async Task<DeploymentResult> RunProgramAsync(StackProgram program, string stack, IReadOnlyDictionary<string, ConfigValue> config, Task<StackState> state, Journal.JournalWriter? journal, bool dryRun, OperationOptions options, PlanDocument? plan, CancellationToken cancellationToken, ProviderRegistry? providers = null)
    {
        providers ??= CreateRegistry(program, stack, config, dryRun);
        var settings = Settings(stack, config, dryRun, options, plan);
        var run = new DeploymentRun(settings, state, journal, providers, events, workspace.Environment.Time, cancellationToken);
        return await run.RunAsync(program.CreateStack, cancellationToken).ConfigureAwait(false);
    }

    private DeploymentSettings Settings(string stack, IReadOnlyDictionary<string, ConfigValue> config, bool dryRun, OperationOptions options, PlanDocument? plan) =>
        new(workspace.Project.Name, stack, workspace.Project.Directory, config, dryRun, options.Parallel, options.Targets, plan);

    private ProviderRegistry CreateRegistry(StackProgram program, string stack, IReadOnlyDictionary<string, ConfigValue> config, bool dryRun)
    {
        var log = new Progress<string>(message => events.Publish(new DiagnosticEvent("info", null, message)));
        var registry = new ProviderRegistry(program.Providers ?? [], package => new ProviderContext(
            workspace.Project.Name,
            stack,
            workspace.Project.Directory,
            config.Where(c => c.Key.StartsWith(package + ":", StringComparison.Ordinal)).ToDictionary(c => c.Key[(package.Length + 1)..], c => c.Value, StringComparer.Ordinal),
            dryRun,
            log));
        if (program.Assembly is not null)
        {
            registry.Discover(program.Assembly);
        }
        return registry;
    }

    private async Task<bool> EvaluateGatesAsync(OperationOptions options, PlanDocument plan, CancellationToken cancellationToken)
    {
        if (options.Gates.Count == 0)
        {
            return false;
        }
        using var activity = Telemetry.EngineTelemetry.Source.StartActivity("policy.evaluate");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var blocked = false;
        foreach (var gate in options.Gates)
        {
            var verdict = await gate.EvaluateAsync(plan, cancellationToken).ConfigureAwait(false);
            if (verdict.Report.Length > 0)
            {
                (verdict.Blocked ? (Action<string>)ui.Warn : ui.Info)(verdict.Report);
            }
            blocked |= verdict.Blocked;
        }
        activity?.SetTag("infra.policy.blocked", blocked);
        Telemetry.EngineTelemetry.PolicyDuration.Record(watch.Elapsed.TotalMilliseconds);
        return blocked;
    }

    private bool Confirm(OperationOptions options, PlanDocument? plan, string verb)
    {
        if (options.Yes)
        {
            return true;
        }
        if (plan is not null && plan.Steps.All(s => s.Kind == "same"))
        {
            return true;
        }
        if (!ui.IsInteractive)
        {
            throw new InputException($"--yes must be passed to {verb} in non-interactive mode.");
        }
        return ui.Confirm($"Do you want to perform this {verb}?");
    }

    private static void CheckPlanFits(PlanDocument plan, StackState state, string path)
    {
        if (plan.Project != state.Project || plan.Stack != state.Stack)
        {
            throw new InputException($"{path}: plan is for {plan.Project}/{plan.Stack}, not {state.Project}/{state.Stack}.");
        }
        if (plan.Lineage.Length == 0 && state.Serial == 0 && state.Resources.IsEmpty)
        {
            return; // planned before the stack was first deployed, and nothing was deployed since
        }
        if (plan.Lineage.Length > 0 && plan.Lineage != state.Lineage)
        {
            throw new InputException($"{path}: plan was made against another state lineage ({plan.Lineage}); the stack was recreated or imported since. Run preview again.");
        }
        if (plan.Serial != state.Serial)
        {
            throw new InputException($"{path}: state changed since the plan was made (serial {plan.Serial} then, {state.Serial} now). Run preview again and review the new plan.");
        }
    }

    private static int FailureCode(DeploymentResult result) => result.HasBadInput ? ExitCodes.BadInput : ExitCodes.DeploymentFailed;
}
