using System.Globalization;
using Infra.Providers.Kubernetes.Live;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Configuration;

/// <summary>
/// Reads <c>kubernetes:*</c> stack config: <c>mode</c> (render|live), <c>kubeconfig</c>, <c>context</c>,
/// <c>outDir</c>, <c>renderLayout</c> (<c>object</c> or <c>namespace</c>), <c>renderSecrets</c>, <c>secretStore</c> (<c>SecretStore/name</c> or
/// <c>ClusterSecretStore/name</c>), <c>secretStoreKeyPrefix</c>, <c>fieldManager</c>,
/// <c>forceConflicts</c>, <c>waitTimeout</c> (<c>90s</c>, <c>5m</c>, <c>1h</c> or seconds).
/// Live mode is chosen when a kubeconfig or context is set, unless <c>mode</c> says otherwise.
/// </summary>
public static class KubernetesConfigReader
{
    private const string Prefix = "kubernetes:";

    /// <summary>Default <c>outDir</c>: rendered stacks go to <c>out/&lt;stack&gt;/</c>.</summary>
    public const string DefaultOutDir = "out";

    /// <summary>Parses the config; each bad value yields a diagnostic naming its key, and a default is used instead.</summary>
    /// <param name="values">Config keys (with the <c>kubernetes:</c> prefix) and their string values.</param>
    /// <param name="stack">Stack name, the sub-folder of <c>outDir</c>.</param>
    /// <param name="diagnostics">Problems found, empty when the config is valid.</param>
    public static KubernetesProviderConfig Read(
        IReadOnlyDictionary<string, string> values, string stack, out IReadOnlyList<KubernetesDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrEmpty(stack);
        var problems = new List<KubernetesDiagnostic>();
        string? Get(string key) => values.TryGetValue(Prefix + key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        void Problem(string key, string message) => problems.Add(new KubernetesDiagnostic("stack config", Prefix + key, message));

        bool Flag(string key)
        {
            var text = Get(key);
            if (text is null)
            {
                return false;
            }

            if (bool.TryParse(text, out var flag))
            {
                return flag;
            }

            Problem(key, $"expected true or false, got \"{text}\"");
            return false;
        }

        var kubeconfig = Get("kubeconfig");
        var context = Get("context");
        var mode = kubeconfig is null && context is null ? KubernetesMode.Render : KubernetesMode.Live;
        if (Get("mode") is { } modeText)
        {
            if (Enum.TryParse<KubernetesMode>(modeText, ignoreCase: true, out var parsed))
            {
                mode = parsed;
            }
            else
            {
                Problem("mode", $"expected \"render\" or \"live\", got \"{modeText}\"");
            }
        }

        var render = RenderOptions.ForStack(Get("outDir") ?? DefaultOutDir, stack) with
        {
            RenderSecrets = Flag("renderSecrets"),
            SecretStore = ReadSecretStore(Get("secretStore"), Get("secretStoreKeyPrefix") ?? string.Empty, Problem),
            Layout = ReadLayout(Get("renderLayout"), Problem),
        };
        var live = new LiveClientOptions { FieldManager = Get("fieldManager") ?? "infra" };
        var timeout = ReadDuration(Get("waitTimeout"), TimeSpan.FromMinutes(5), Problem);
        diagnostics = problems;
        return new KubernetesProviderConfig(mode, render, kubeconfig, context, live, Flag("forceConflicts"), timeout);
    }

    private static SecretStoreReference? ReadSecretStore(string? text, string keyPrefix, Action<string, string> problem)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('/');
        if (parts.Length == 2 && parts[0] is "SecretStore" or "ClusterSecretStore" && parts[1].Length > 0)
        {
            return new SecretStoreReference(parts[0], parts[1], keyPrefix);
        }

        problem("secretStore", $"expected \"SecretStore/<name>\" or \"ClusterSecretStore/<name>\", got \"{text}\"");
        return null;
    }

    private static RenderLayout ReadLayout(string? text, Action<string, string> problem)
    {
        switch (text)
        {
            case null or "object":
                return RenderLayout.Object;
            case "namespace":
                return RenderLayout.Namespace;
            default:
                problem("renderLayout", $"expected \"object\" (one file per object) or \"namespace\" (one file per namespace), got \"{text}\"");
                return RenderLayout.Object;
        }
    }

    private static TimeSpan ReadDuration(string? text, TimeSpan fallback, Action<string, string> problem)
    {
        if (text is null)
        {
            return fallback;
        }

        var unit = text[^1] switch { 's' => 1, 'm' => 60, 'h' => 3600, _ => 0 };
        var number = unit == 0 ? text : text[..^1];
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return TimeSpan.FromSeconds((long)amount * Math.Max(unit, 1));
        }

        problem("waitTimeout", $"expected a duration such as \"90s\", \"5m\" or \"1h\", got \"{text}\"");
        return fallback;
    }
}
