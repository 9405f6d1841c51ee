using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Deployment;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Projects;
using Infra.Engine.Secrets;
using Infra.Engine.State;
using Infra.Secrets;
using Infra.Secrets.Passphrase;

namespace Infra.Engine.Workspaces;

/// <summary>
/// A project on disk with its stacks: the backend, the selected stack, each stack's config file, its secrets
/// and its resolved configuration.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private readonly Lazy<IStateBackend> _backend;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ISecretsCodec> _codecs = new(StringComparer.Ordinal);

    /// <summary>Opens the workspace of <paramref name="project"/>.</summary>
    public Workspace(ProjectFile project, WorkspaceEnvironment environment, IEnumerable<IBackendFactory>? backendFactories = null)
    {
        Project = project;
        Environment = environment;
        var factories = (backendFactories ?? []).ToDictionary(f => f.Scheme, StringComparer.OrdinalIgnoreCase);
        _backend = new Lazy<IStateBackend>(() => OpenBackend(factories));
    }

    /// <summary>The project.</summary>
    public ProjectFile Project { get; }

    /// <summary>The environment.</summary>
    public WorkspaceEnvironment Environment { get; }

    /// <summary>The state backend.</summary>
    public IStateBackend Backend => _backend.Value;

    /// <summary>The workspace folder for local files (selected stack, rendered output defaults).</summary>
    public string LocalDirectory => Path.Combine(Project.Directory, ".infra");

    /// <summary>The selected stack, if any.</summary>
    public string? SelectedStack
    {
        get
        {
            var path = Path.Combine(LocalDirectory, "workspace.json");
            if (!File.Exists(path))
            {
                return null;
            }
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                return doc.RootElement.TryGetProperty("stack", out var stack) ? stack.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>Selects a stack for later commands.</summary>
    public void SelectStack(string stack)
    {
        Directory.CreateDirectory(LocalDirectory);
        File.WriteAllText(Path.Combine(LocalDirectory, "workspace.json"), new JsonObject { ["stack"] = stack }.ToJsonString());
    }

    /// <summary>The stack to use: the given one, else the selected one, else an error.</summary>
    public string ResolveStack(string? stack)
    {
        var name = stack ?? SelectedStack
            ?? throw new InputException("no stack selected: pass --stack NAME or run `infra stack select NAME`.");
        StackNames.Validate(name);
        return name;
    }

    /// <summary>Loads a stack's config file.</summary>
    public StackConfigFile LoadStackConfig(string stack) => StackConfigLoader.Load(Project, stack);

    /// <summary>The secrets codec for a stack; resolved lazily, so stacks without secrets need no passphrase.</summary>
    public ISecretsCodec SecretsFor(string stack) => _codecs.GetOrAdd(stack, s => new LazySecretsCodec(() => CreateCodec(s)));

    /// <summary>A state store for a stack.</summary>
    public StateStore StateFor(string stack) => new(Backend, Project.Name, stack, SecretsFor(stack));

    /// <summary>Merges defaults from Pulumi.yaml with the stack file, checks types and required keys, and decrypts secrets.</summary>
    public IReadOnlyDictionary<string, ConfigValue> ResolveConfig(string stack)
    {
        var file = LoadStackConfig(stack);
        var display = Path.GetRelativePath(Project.Directory, file.Path);
        var codec = file.Values.Values.Any(v => v.IsSecure) ? SecretsFor(stack) : null;
        var result = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var declared in Project.Config.Values)
        {
            if (declared.DefaultJson is not null)
            {
                result[declared.Key] = ToConfigValue(declared.DefaultJson, declared.Secret);
            }
        }
        foreach (var entry in file.Values.Values)
        {
            var where = entry.Location?.ToString() ?? display;
            Project.Config.TryGetValue(entry.Key, out var declaration);
            if (entry.IsSecure)
            {
                var plaintext = codec!.Decrypt(entry.Ciphertext!);
                if (declaration?.Type is { } secureType && ConfigTypeChecker.CheckText(secureType, plaintext) is { } secureProblem)
                {
                    throw new InputException($"{where}: config key '{entry.Key}' {secureProblem}.");
                }
                result[entry.Key] = new ConfigValue(plaintext, true);
                continue;
            }
            if (declaration?.Type is { } type && ConfigTypeChecker.Check(type, declaration.ItemType, entry.Json!) is { } problem)
            {
                throw new InputException($"{where}: config key '{entry.Key}' {problem} (declared in {declaration.Location}).");
            }
            if (declaration?.Secret == true)
            {
                throw new InputException($"{where}: config key '{entry.Key}' is declared secret in {declaration.Location}; set it with `infra config set --secret {entry.Key} …`.");
            }
            result[entry.Key] = ToConfigValue(entry.Json!, false);
        }
        foreach (var declared in Project.Config.Values)
        {
            if (declared.Type is not null && declared.DefaultJson is null && !result.ContainsKey(declared.Key))
            {
                throw new InputException($"{display}: missing required config key '{declared.Key}' (declared in {declared.Location}); set it with `infra config set {declared.Key} <value> --stack {stack}`.");
            }
        }
        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_backend.IsValueCreated)
        {
            await _backend.Value.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ConfigValue ToConfigValue(string json, bool secret)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind switch
        {
            JsonValueKind.String => new ConfigValue(doc.RootElement.GetString()!, secret),
            JsonValueKind.Object or JsonValueKind.Array => new ConfigValue(json, secret, IsObject: true),
            JsonValueKind.Null => new ConfigValue("", secret),
            _ => new ConfigValue(doc.RootElement.GetRawText(), secret),
        };
    }

    private ISecretsCodec CreateCodec(string stack)
    {
        var file = LoadStackConfig(stack);
        if (file.SecretsProvider is { } url && !url.StartsWith("passphrase", StringComparison.Ordinal))
        {
            var opened = SecretsProviderFactory.Open(new StackSecretsSettings(url, file.EncryptionSalt), Environment.Get);
            return opened.IsSuccess
                ? new SecretsProviderCodec(opened.Value)
                : throw new InputException($"{Path.GetRelativePath(Project.Directory, file.Path)}: secrets provider '{url}': {opened.Error.Message}");
        }
        var passphrase = PassphraseResolver.Resolve(Environment.Get);
        if (!passphrase.IsSuccess)
        {
            throw new InputException($"stack '{stack}' needs its secrets provider: {passphrase.Error.Message}");
        }
        if (file.EncryptionSalt is null)
        {
            var created = PassphraseSecretsProvider.CreateForNewStack(passphrase.Value);
            StackConfigLoader.SaveAsync(file with { EncryptionSalt = created.EncryptionSalt }, CancellationToken.None).GetAwaiter().GetResult();
            return new SecretsProviderCodec(created.Provider);
        }
        var provider = PassphraseSecretsProvider.FromEncryptionSalt(file.EncryptionSalt, passphrase.Value);
        if (!provider.IsSuccess)
        {
            throw new InputException($"{Path.GetRelativePath(Project.Directory, file.Path)}: {provider.Error.Message}");
        }
        return new SecretsProviderCodec(provider.Value);
    }

    private IStateBackend OpenBackend(Dictionary<string, IBackendFactory> factories)
    {
        var url = Environment.Get("INFRA_BACKEND_URL") ?? Project.BackendUrl;
        if (url is null)
        {
            return new FileBackend(LocalDirectory);
        }
        if (url.StartsWith("file://", StringComparison.Ordinal))
        {
            var path = url["file://".Length..];
            return new FileBackend(Path.IsPathRooted(path) ? path : Path.Combine(Project.Directory, path));
        }
        var scheme = url.Split("://")[0];
        return factories.TryGetValue(scheme, out var factory)
            ? factory.Open(url, Environment)
            : throw new InputException($"{Project.Path}: backend URL '{url}' uses scheme '{scheme}', which this program does not support (file:// is built in{(factories.Count > 0 ? ", also " + string.Join(", ", factories.Keys.Select(k => k + "://")) : "")}).");
    }
}
