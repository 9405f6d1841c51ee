using System.Collections.Concurrent;
using System.Text.Json;
using Infra.Properties;
using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.TestPrograms.FileProviderFactory))]

namespace Infra.TestPrograms;

/// <summary>Creates the test file provider; its folder comes from config <c>files:root</c>.</summary>
public sealed class FileProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => "files";

    /// <inheritdoc />
    public IProvider Create(ProviderContext context)
    {
        var root = context.Config.TryGetValue("root", out var value) ? value.Value : Path.Combine(context.ProjectDirectory, "world");
        return new FileProvider(
            Path.GetFullPath(Path.Combine(context.ProjectDirectory, root)),
            context.Config.TryGetValue("blockOn", out var block) ? block.Value : System.Environment.GetEnvironmentVariable("INFRA_TEST_BLOCK_ON"),
            context.Config.TryGetValue("deferWrites", out var defer) && defer.Value == "true");
    }
}

/// <summary>
/// A provider whose resources are files named by their ID in one folder, recording every call in
/// <c>calls.log</c>, so tests can prove what exists (no orphan, no duplicate) and when calls overlapped.
/// </summary>
/// <param name="root">The folder.</param>
/// <param name="blockOn">A resource name whose create blocks forever (to be killed mid-call).</param>
/// <param name="deferWrites">
/// When true, creates, updates and deletes take effect in memory and reach the folder only in
/// <see cref="FinishAsync"/> (or <see cref="RecoverAsync"/>): a provider that acknowledges steps before they are durable.
/// </param>
public sealed class FileProvider(string root, string? blockOn, bool deferWrites = false) : ProviderBase
{
    private static readonly ConcurrentDictionary<string, object> Locks = new();

    // id → file content, or null for a delete, waiting for FinishAsync (deferred mode only).
    private readonly ConcurrentDictionary<string, string?> _deferred = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<CheckFailure>();
        if (request.NewInputs.Get("content") is { Kind: PropertyValueKind.String } content && content.StringValue.Contains("invalid", StringComparison.Ordinal))
        {
            failures.Add(new CheckFailure("content", "must not contain 'invalid'"));
        }
        return Task.FromResult(new CheckResponse(request.NewInputs, failures));
    }

    /// <inheritdoc />
    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        var changed = PropertyDiff.Compute(request.OldInputs, request.NewInputs);
        return Task.FromResult(new DiffResponse(changed, changed.Where(p => p.StartsWith("immutable", StringComparison.Ordinal)).ToList()));
    }

    /// <inheritdoc />
    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(Echo(request.Inputs, "predicted").SetItem("path", request.Id is null ? PropertyValue.Unknown : PropertyValue.Create(Path.Combine(root, request.Id)))));

    // A provider that predicts an output wrongly (input mispredict: true): "predicted" in preview, "actual" for real.
    private static PropertyMap Echo(PropertyMap inputs, string value) =>
        inputs.Get("mispredict") is { Kind: PropertyValueKind.Bool, BoolValue: true } ? inputs.SetItem("echo", PropertyValue.Create(value)) : inputs;

    /// <inheritdoc />
    public override async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        Log("create-start", request.Urn);
        var name = Infra.Urn.Name(request.Urn);
        if (blockOn is not null && name == blockOn)
        {
            Directory.CreateDirectory(root);
            await File.WriteAllTextAsync(Path.Combine(root, ".blocked"), request.Urn, cancellationToken).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        await BehaveAsync(request.Inputs, cancellationToken).ConfigureAwait(false);
        var id = Guid.NewGuid().ToString("N")[..12];
        Write(id, request.Urn, request.Inputs);
        Log("create-end", request.Urn);
        return new CreateResponse(id, Echo(request.Inputs, "actual").SetItem("path", PropertyValue.Create(Path.Combine(root, id))));
    }

    /// <inheritdoc />
    public override async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        Log("update-start", request.Urn);
        await BehaveAsync(request.NewInputs, cancellationToken).ConfigureAwait(false);
        Write(request.Id, request.Urn, request.NewInputs);
        Log("update-end", request.Urn);
        return new UpdateResponse(request.NewInputs.SetItem("path", PropertyValue.Create(Path.Combine(root, request.Id))));
    }

    /// <inheritdoc />
    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        Log("delete", request.Urn);
        if (deferWrites)
        {
            _deferred[request.Id] = null;
        }
        else
        {
            File.Delete(Path.Combine(root, request.Id));
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override bool DefersEffects => deferWrites;

    /// <inheritdoc />
    public override Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var id in _deferred.Keys.Order(StringComparer.Ordinal))
        {
            if (_deferred.TryRemove(id, out var content))
            {
                Apply(id, content);
            }
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task RecoverAsync(RecoverRequest request, CancellationToken cancellationToken)
    {
        if (!deferWrites)
        {
            return Task.CompletedTask; // every effect was written before its step was acknowledged
        }
        foreach (var resource in request.Resources.Where(r => r.Id is not null))
        {
            Log(resource.Deleted ? "recover-delete" : "recover-write", resource.Urn);
            Apply(resource.Id!, resource.Deleted ? null : Content(resource.Urn, resource.Inputs));
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = request.Id ?? FindByIdentity(request.Urn, request.Inputs);
        var text = id is null ? null : _deferred.TryGetValue(id, out var pending) ? pending : File.Exists(Path.Combine(root, id)) ? File.ReadAllText(Path.Combine(root, id)) : null;
        if (id is null || text is null)
        {
            return Task.FromResult(ReadResponse.NotFound);
        }
        using var doc = JsonDocument.Parse(text);
        var inputs = PropertyJson.FromJson(doc.RootElement.GetProperty("inputs")).ObjectValue;
        return Task.FromResult(new ReadResponse(id, inputs, inputs.SetItem("path", PropertyValue.Create(Path.Combine(root, id)))));
    }

    /// <summary>The file holding the resource with this URN; with two copies (a replacement in flight), the one with these inputs.</summary>
    private string? FindByIdentity(string urn, PropertyMap inputs)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }
        var candidates = Directory.GetFiles(root)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".log", StringComparison.Ordinal))
            .Select(f => (File: f, Doc: JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .Where(c => c.Doc.GetProperty("urn").GetString() == urn)
            .ToList();
        if (candidates.Count > 1)
        {
            var wanted = PropertyJson.ToJson(inputs, SecretRendering.Redact).ToJsonString();
            candidates = candidates.Where(c => System.Text.Json.Nodes.JsonNode.Parse(c.Doc.GetProperty("inputs").GetRawText())!.ToJsonString() == wanted).ToList();
        }
        return candidates.Count == 1 ? Path.GetFileName(candidates[0].File) : null;
    }

    private static async Task BehaveAsync(PropertyMap inputs, CancellationToken cancellationToken)
    {
        if (inputs.Get("delayMs") is { Kind: PropertyValueKind.Number } delay)
        {
            await Task.Delay((int)delay.NumberValue, cancellationToken).ConfigureAwait(false);
        }
        if (inputs.Get("fail") is { Kind: PropertyValueKind.Bool, BoolValue: true })
        {
            throw new ProviderException("the target refused the change (fail: true)");
        }
    }

    private void Write(string id, string urn, PropertyMap inputs)
    {
        if (deferWrites)
        {
            _deferred[id] = Content(urn, inputs);
            return;
        }
        Apply(id, Content(urn, inputs));
    }

    private static string Content(string urn, PropertyMap inputs) => new System.Text.Json.Nodes.JsonObject
    {
        ["urn"] = urn,
        ["inputs"] = PropertyJson.ToJson(inputs, SecretRendering.Redact),
    }.ToJsonString();

    private void Apply(string id, string? content)
    {
        Directory.CreateDirectory(root);
        if (content is null)
        {
            File.Delete(Path.Combine(root, id));
        }
        else
        {
            File.WriteAllText(Path.Combine(root, id), content);
        }
    }

    private void Log(string what, string urn)
    {
        Directory.CreateDirectory(root);
        lock (Locks.GetOrAdd(root, _ => new object()))
        {
            File.AppendAllText(Path.Combine(root, "calls.log"), $"{DateTime.UtcNow.Ticks} {what} {Infra.Urn.Name(urn)}\n");
        }
    }
}
