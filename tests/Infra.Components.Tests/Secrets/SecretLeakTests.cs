using System.Text.RegularExpressions;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Secrets;

/// <summary>
/// Issue 10's leak test: the platform stack runs with known secret config values and with generated secrets (random
/// passwords and ids, TLS private keys) through preview, up, --json, --save-plan, up --plan, policy check, stack
/// output/export and file traces; then every byte written (all files under the project: stack file, .infra/ state,
/// plan, export, traces, out/ manifests) and every captured stdout/stderr is scanned for each secret in its encodings.
/// </summary>
public sealed partial class SecretLeakTests
{
    private static readonly KnownSecret[] ConfigSecrets =
    [
        new("config platform:canaryToken", "cfg-canary-Qv2LmX9pR4tZ8wKd"),
        new("config platform:canaryPassword", "db+Pass/word=&<canary>\"42\\x"),
    ];

    [Fact]
    public async Task Run_PlatformWithSecrets_WritesNoSecretAnywhere()
    {
        using var project = new PlatformProject();
        var transcript = await RunPlatformAsync(project, renderSecrets: false);
        var secrets = await LearnSecretsAsync(project);

        var hits = LeakScanner.Scan(secrets, LeakScanner.Files(project.Directory).Concat(transcript));

        Assert.True(hits.Count == 0, $"{hits.Count} secret occurrences:\n{string.Join('\n', hits)}");
    }

    [Fact]
    public async Task Run_RenderSecretsEnabled_WritesSecretsOnlyIntoSecretManifests()
    {
        using var project = new PlatformProject();
        var transcript = await RunPlatformAsync(project, renderSecrets: true);
        var secrets = await LearnSecretsAsync(project);

        var hits = LeakScanner.Scan(secrets, LeakScanner.Files(project.Directory).Concat(transcript));

        var elsewhere = hits.Where(h => !IsRenderedSecretManifest(project, h.Where)).ToList();
        Assert.True(elsewhere.Count == 0, $"{elsewhere.Count} secret occurrences outside rendered Secret manifests:\n{string.Join('\n', elsewhere)}");
        // The opt-in works and the scan sees it: the etcd root password and the TLS keys are in the rendered Secrets.
        Assert.Contains(hits, h => h.Origin.Contains("/outputs/result", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Origin.Contains("privateKeyPem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_SecretsRefusedByRenderMode_ErrorsAndTracesNameNoSecret()
    {
        using var project = new PlatformProject();
        foreach (var secret in ConfigSecrets)
        {
            Assert.Equal(0, (await project.RunAsync("config", "set", secret.Origin["config ".Length..], secret.Value, "--secret", "--stack", "dev")).ExitCode);
        }
        Assert.Equal(0, (await project.RunAsync("config", "set", "platform:etcdAuth", "true", "--stack", "dev")).ExitCode);
        Assert.Equal(0, (await project.RunAsync("config", "rm", "kubernetes:secretStore", "--stack", "dev")).ExitCode);

        // Without a secret store or renderSecrets the Secrets cannot be rendered: their steps fail, everything else is written.
        var up = await project.RunAsync("up", "--stack", "dev", "--yes", "--tracing", "file://trace-up.json");
        var json = await project.RunAsync("up", "--stack", "dev", "--yes", "--json");
        Assert.True(up.ExitCode == 2, up.ToString());
        Assert.Contains("refusing to write the values of Secret v1 Secret etcd/etcd-root to a rendered file in plaintext", up.Out + up.Error, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Error\"", File.ReadAllText(project.Path("trace-up.json")), StringComparison.Ordinal);
        var secrets = await LearnSecretsAsync(project);

        var hits = LeakScanner.Scan(secrets, LeakScanner.Files(project.Directory).Concat(
            [("up stdout", up.Out), ("up stderr", up.Error), ("up --json stdout", json.Out), ("up --json stderr", json.Error)]));

        Assert.True(hits.Count == 0, $"{hits.Count} secret occurrences:\n{string.Join('\n', hits)}");
    }

    [Fact]
    public async Task Scan_PlaintextEscapeHatches_FindsEverySecret()
    {
        using var project = new PlatformProject();
        await RunPlatformAsync(project, renderSecrets: false);
        var secrets = await LearnSecretsAsync(project);
        var export = await project.RunAsync("stack", "export", "--stack", "dev", "--show-secrets");
        var config = new StringWriter();
        foreach (var secret in ConfigSecrets)
        {
            config.WriteLine((await project.RunAsync("config", "get", secret.Origin["config ".Length..], "--show-secrets", "--stack", "dev")).Out);
        }

        // The scan is only worth its zero hits if it finds what is there: every secret in the plaintext exports.
        var hits = LeakScanner.Scan(secrets, [("stack export --show-secrets", export.Out), ("config get --show-secrets", config.ToString())]);
        Assert.Equal(secrets.Select(s => s.Origin).Order(StringComparer.Ordinal), hits.Select(h => h.Origin).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The commands a user runs, each one's stdout and stderr kept for the scan.</summary>
    private static async Task<List<(string Where, string Text)>> RunPlatformAsync(PlatformProject project, bool renderSecrets)
    {
        var transcript = new List<(string, string)>();
        async Task RunAsync(params string[] args)
        {
            var run = await project.RunAsync(args);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run}");
            transcript.Add(($"stdout of `{string.Join(' ', args)}`", run.Out));
            transcript.Add(($"stderr of `{string.Join(' ', args)}`", run.Error));
        }

        foreach (var secret in ConfigSecrets)
        {
            await RunAsync("config", "set", secret.Origin["config ".Length..], secret.Value, "--secret", "--stack", "dev");
        }
        await RunAsync("config", "set", "platform:etcdAuth", "true", "--stack", "dev");
        if (renderSecrets)
        {
            await RunAsync("config", "set", "kubernetes:renderSecrets", "true", "--stack", "dev");
        }
        await RunAsync("config", "get", "platform:canaryToken", "--stack", "dev");
        await RunAsync("preview", "--stack", "dev", "--diff", "--tracing", "file://trace-preview.json");
        await RunAsync("preview", "--stack", "dev", "--json");
        await RunAsync("preview", "--stack", "dev", "--save-plan", "plan.json");
        await RunAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "policies/kubernetes-hardening", "--output", "json");
        await RunAsync("up", "--stack", "dev", "--yes", "--diff", "--plan", "plan.json", "--tracing", "file://trace-up.json");
        await RunAsync("up", "--stack", "dev", "--yes", "--json", "--tracing", "file://trace-up-again.json");
        await RunAsync("preview", "--stack", "dev", "--diff", "--json", "--save-plan", "plan-after-up.json");
        await RunAsync("stack", "output", "--stack", "dev");
        await RunAsync("stack", "export", "--stack", "dev");
        await RunAsync("stack", "export", "--stack", "dev", "--file", "export.json");
        Assert.True(File.Exists(project.Path("trace-up.json")), "the up run exported its spans");
        Assert.NotEmpty(Directory.GetFiles(project.Path("out/dev"), "*.yaml"));
        return transcript;
    }

    /// <summary>The config secrets and the generated ones, read from the one plaintext escape hatch (not scanned).</summary>
    private static async Task<IReadOnlyList<KnownSecret>> LearnSecretsAsync(PlatformProject project)
    {
        var export = await project.RunAsync("stack", "export", "--stack", "dev", "--show-secrets");
        Assert.True(export.ExitCode == 0, export.ToString());
        var generated = SecretExport.Secrets(export.Out);
        Assert.Contains(generated, s => s.Origin.EndsWith("/outputs/result", StringComparison.Ordinal) && s.Value.Length == 32);
        Assert.True(generated.Count(s => s.Value.StartsWith("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal)) >= 6, "the TLS private keys");
        return [.. ConfigSecrets, .. generated];
    }

    private static bool IsRenderedSecretManifest(PlatformProject project, string where) =>
        where.StartsWith("out/", StringComparison.Ordinal) && SecretKind().IsMatch(File.ReadAllText(project.Path(where)));

    [GeneratedRegex("(?m)^kind: Secret\\s*$")]
    private static partial Regex SecretKind();
}
