using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Infra.Deployment;
using Infra.Engine.Diagnostics;
using Infra.Engine.Events;
using Infra.Engine.Journal;
using Infra.Engine.Planning;
using Infra.Engine.Providers;
using Infra.Engine.State;
using Infra.Properties;
using Infra.Serialization;

namespace Infra.Engine.Execution;

/// <summary>
/// One run of a program against a stack: resources register here as the program constructs them; each is
/// planned as soon as its inputs resolve and, unless this is a preview, executed, so independent resources
/// proceed in parallel while dependents wait for exactly what they need. Deletes run last, in reverse
/// dependency order.
/// </summary>
public sealed partial class DeploymentRun : IResourceMonitor
{
    private readonly DeploymentSettings _settings;
    private readonly Task _priorReady;
    private StackState? _priorState;
    private Dictionary<string, ResourceState>? _priorIndex;
    private readonly JournalWriter? _journal;
    private readonly ProviderRegistry _providers;
    private readonly IEngineEventSink _events;
    private readonly TimeProvider _time;
    private readonly CancellationToken _cancellationToken;
    private readonly SemaphoreSlim _parallel;
    private readonly PlanBuilder _plan = new();
    private readonly Dictionary<string, PlanStep>? _expected;
    private readonly ConcurrentDictionary<string, Resource> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _claimedByAlias = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _targeted = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<StepFailure> _failures = [];
    private readonly ConcurrentBag<string> _skipped = [];
    private readonly int[] _counts = new int[Enum.GetValues<StepKind>().Length];
    private readonly ConcurrentQueue<ResourceState> _replaced = new();
    // Type token -> its package: a run has a handful of types and looks one up per step.
    private readonly ConcurrentDictionary<string, string> _packages = new(StringComparer.Ordinal);
    private readonly List<Task> _work = [];
    private readonly Lock _workLock = new();
    private int _stateChanges;
    private readonly PreviewRecording? _recording;

    /// <summary>Creates a run.</summary>
    /// <param name="settings">How to run.</param>
    /// <param name="prior">The state before the run.</param>
    /// <param name="journal">The journal to record steps in; null for previews.</param>
    /// <param name="providers">The providers.</param>
    /// <param name="events">Where progress goes.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    public DeploymentRun(DeploymentSettings settings, StackState prior, JournalWriter? journal, ProviderRegistry providers, IEngineEventSink events, TimeProvider time, CancellationToken cancellationToken)
        : this(settings, Task.FromResult(prior), journal, providers, events, time, cancellationToken)
    {
    }

    /// <summary>
    /// Creates a run whose prior state is still being read: the program starts at once, and each resource waits for
    /// the state only when it is compared with its old record. Decoding a large checkpoint thus overlaps the program
    /// building its resources, instead of delaying it. If the state cannot be read, the run reports nothing of its own
    /// and <see cref="RunAsync"/> throws the reading error.
    /// </summary>
    /// <param name="settings">How to run.</param>
    /// <param name="prior">The state before the run, when read.</param>
    /// <param name="journal">The journal to record steps in; null for previews.</param>
    /// <param name="providers">The providers.</param>
    /// <param name="events">Where progress goes.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    public DeploymentRun(DeploymentSettings settings, Task<StackState> prior, JournalWriter? journal, ProviderRegistry providers, IEngineEventSink events, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prior);
        if (!settings.DryRun && journal is null)
        {
            throw new ArgumentException("An update needs a journal.", nameof(journal));
        }
        _settings = settings;
        _priorReady = IndexPriorAsync(prior);
        _journal = journal;
        _providers = providers;
        _events = new GuardedEventSink(events);
        _time = time;
        _cancellationToken = cancellationToken;
        _parallel = new SemaphoreSlim(Math.Max(1, settings.Parallel));
        _recording = settings.DryRun && settings.Targets is null ? new PreviewRecording() : null;
        _expected = settings.Plan?.Steps.GroupBy(s => s.Urn + "|" + (s.Kind == "delete-replaced" ? "dr" : "")).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    // Runs synchronously (within the constructor) when the state is already at hand.
    private async Task IndexPriorAsync(Task<StackState> prior)
    {
        var state = await prior.ConfigureAwait(false);
        _priorIndex = state.Resources.Where(r => !r.PendingReplacement).ToDictionary(r => r.Urn, StringComparer.Ordinal);
        _priorState = state;
    }

    private StackState Prior => _priorState ?? throw new InvalidOperationException("the prior state is read only after it was awaited");

    private Dictionary<string, ResourceState> PriorByUrn => _priorIndex ?? throw new InvalidOperationException("the prior state is read only after it was awaited");

    /// <inheritdoc />
    public string ProjectName => _settings.Project;

    /// <inheritdoc />
    public string StackName => _settings.Stack;

    /// <inheritdoc />
    public bool IsDryRun
    {
        get
        {
            // A program that behaves differently in a preview cannot have its preview's steps replayed.
            _recording?.RuleOut("the program asks whether it runs in a preview");
            return _settings.DryRun;
        }
    }

    /// <inheritdoc />
    public void TrackTask(Task task) => Track(task);

    /// <inheritdoc />
    public void ObserveUnknown() => _recording?.RuleOut("the program uses a value that is known only after deployment");

    /// <inheritdoc />
    public IReadOnlyDictionary<string, ConfigValue> Config => _settings.Config;

    /// <inheritdoc />
    public Resource? Root { get; private set; }

    /// <inheritdoc />
    public PropertySerializer Serializer { get; } = new();

    /// <summary>Runs <paramref name="createStack"/> and every step it leads to, then the deletes.</summary>
    public async Task<DeploymentResult> RunAsync(Func<Stack> createStack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createStack);
        using var activity = Telemetry.EngineTelemetry.Source.StartActivity(_settings.DryRun ? "program.preview" : "program.update");
        activity?.SetTag("infra.stack", _settings.Stack);
        try
        {
            await DeploymentScope.RunAsync(this, () =>
            {
                var stack = createStack();
                stack.RegisterStackOutputs();
                return Task.FromResult(0);
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConfigException or InputException)
        {
            Fail("", null, e.Message, badInput: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fail("", null, $"the program failed: {e.GetType().Name}: {e.Message}", badInput: false);
        }
        await DrainAsync().ConfigureAwait(false);
        await _priorReady.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await DeleteUnregisteredAsync(cancellationToken).ConfigureAwait(false);
        CheckPlanFullyMatched();
        if (_recording is not null)
        {
            _recording.ClaimedAliases = new Dictionary<string, string>(_claimedByAlias, StringComparer.Ordinal);
        }
        return Result();
    }

    /// <summary>Deletes every resource in state (destroy), in reverse dependency order.</summary>
    public async Task<DeploymentResult> DestroyAsync(CancellationToken cancellationToken)
    {
        await _priorReady.ConfigureAwait(false);
        await DeleteUnregisteredAsync(cancellationToken).ConfigureAwait(false);
        return Result();
    }

    /// <summary>The configuration as a plan shows it (secrets redacted).</summary>
    public static IReadOnlyDictionary<string, JsonNode?> RedactedConfig(IReadOnlyDictionary<string, ConfigValue> config) =>
        config.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(
            c => c.Key,
            c => c.Value.IsSecret ? JsonValue.Create(PropertyJson.SecretText) : c.Value.IsObject ? JsonNode.Parse(c.Value.Value) : (JsonNode?)JsonValue.Create(c.Value.Value),
            StringComparer.Ordinal);

    /// <inheritdoc />
    public void RegisterResource(Resource resource, RegistrationRequest request)
    {
        if (resource.Type == Infra.Urn.StackType && Root is null)
        {
            Root = resource;
        }
        Track(resource.IsCustom ? ProcessCustomAsync(resource, request) : ProcessComponentAsync(resource, request));
    }

    /// <inheritdoc />
    public void RegisterResourceOutputs(Resource resource, Task<PropertyMap> outputs) =>
        Track(RecordComponentOutputsAsync(resource, outputs));

    private DeploymentResult Result() => new(
        _plan.Build(Prior, RedactedConfig(_settings.Config)),
        [.. _failures],
        [.. _skipped],
        Enum.GetValues<StepKind>().Where(k => _counts[(int)k] > 0).ToImmutableDictionary(k => k, k => _counts[(int)k]))
    {
        ChangesState = Volatile.Read(ref _stateChanges) > 0,
        Recording = _recording,
        Diverged = _diverged.Count,
    };

    // Anything that would add, change or remove a record of state: a preview that saw none proves its update would
    // write nothing.
    private void NoteStateChange() => Interlocked.Exchange(ref _stateChanges, 1);

    private void Track(Task task)
    {
        lock (_workLock)
        {
            _work.Add(task);
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            Task[] snapshot;
            lock (_workLock)
            {
                snapshot = _work.Where(t => !t.IsCompleted).ToArray();
            }
            if (snapshot.Length == 0)
            {
                return;
            }
            try
            {
                await Task.WhenAll(snapshot).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Program callbacks (TrackTask) surface their faults where their values are used; a prior state that
                // could not be read is thrown by RunAsync once the work has drained.
            }
        }
    }

    private void Fail(string urn, StepKind? kind, string message, bool badInput)
    {
        _failures.Add(new StepFailure(urn, kind, message, badInput));
        if (urn.Length > 0)
        {
            _events.Publish(new StepFailedEvent(urn, Infra.Urn.Type(urn), kind ?? StepKind.Same, message));
        }
        else
        {
            _events.Publish(new DiagnosticEvent("error", null, message));
        }
    }

    // Every step of every resource counts here, from many threads: a plain increment, not a shared dictionary entry.
    private void Count(StepKind kind) => Interlocked.Increment(ref _counts[(int)kind]);
}
