using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Packs;

/// <summary>
/// Evaluates policy packs over an input document (a plan): every Rego package's <c>deny</c>, <c>violation</c> and
/// <c>warn</c> rules. Each pack runs in its own engine with its config as <c>data.config</c>.
/// </summary>
public static partial class PolicyEvaluator
{
    private static readonly string[] Rules = ["deny", "violation", "warn"];

    /// <summary>Loads and evaluates the packs in <paramref name="packDirectories"/>.</summary>
    public static async Task<PolicyReport> EvaluateAsync(IReadOnlyList<string> packDirectories, JsonNode input, CancellationToken cancellationToken)
    {
        var results = new List<PolicyResult>();
        var errors = new List<string>();
        var packs = new List<string>();
        var evaluated = 0;
        // Converted once: every rule of every pack reads the same input.
        var inputValue = JsonConvert.FromNode(input);
        foreach (var directory in packDirectories)
        {
            var (pack, packErrors) = PolicyPackLoader.Load(directory);
            errors.AddRange(packErrors);
            if (pack is null)
            {
                continue;
            }
            packs.Add($"{pack.Name}@{pack.Version}");
            var engine = new RegoEngine(new RegoOptions { Timeout = TimeSpan.FromSeconds(60) });
            var packages = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in PolicyFiles(directory))
            {
                var source = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
                errors.AddRange(engine.AddModule(display, source).Select(d => d.ToString()));
                if (PackageLine().Match(source) is { Success: true } match)
                {
                    packages.Add(match.Groups[1].Value);
                }
            }
            foreach (var missing in pack.Policies.Keys.Where(p => !packages.Contains(p)))
            {
                errors.Add($"{Path.Combine(directory, PolicyPackLoader.FileName)}: policy '{pack.Policies[missing].Name}' names package '{missing}', which no .rego file in the pack declares.");
            }
            if (errors.Count > 0)
            {
                continue;
            }
            engine.SetData(new JsonObject { ["config"] = pack.Config?.DeepClone() ?? new JsonObject() });
            var enabled = new List<(string Package, PolicySettings Settings)>();
            foreach (var package in packages)
            {
                var settings = pack.Policies.TryGetValue(package, out var configured) ? configured : new PolicySettings(package, package, Enforcement.Mandatory, "medium", null, null);
                if (settings.Enforcement != Enforcement.Disabled)
                {
                    enabled.Add((package, settings));
                }
            }
            evaluated += enabled.Count;
            // One evaluation for the whole pack: helper rules its packages share are computed once.
            var paths = enabled.SelectMany(e => Rules.Select(rule => $"data.{e.Package}.{rule}")).ToList();
            var outcomes = await engine.EvaluateRulesValueAsync(paths, inputValue, cancellationToken).ConfigureAwait(false);
            var next = 0;
            foreach (var (_, settings) in enabled)
            {
                foreach (var rule in Rules)
                {
                    var outcome = outcomes[next++];
                    if (!outcome.Success)
                    {
                        errors.AddRange(outcome.Diagnostics.Select(d => d.ToString()));
                        continue;
                    }
                    if (outcome.Rows.Count == 0 || outcome.Rows[0]["result"] is not { } value)
                    {
                        continue;
                    }
                    results.AddRange(ReadResults(pack, settings, rule, value, errors));
                }
            }
        }
        return new PolicyReport(packs, results, errors, evaluated);
    }

    /// <summary>The .rego files of a pack, without tests.</summary>
    public static IEnumerable<string> PolicyFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.rego", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("_test.rego", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<PolicyResult> ReadResults(PolicyPack pack, PolicySettings settings, string rule, JsonNode value, List<string> errors)
    {
        var items = value is JsonArray array ? array.ToList() : [value];
        foreach (var item in items)
        {
            switch (item)
            {
                case JsonValue text when text.TryGetValue<string>(out var message):
                    yield return new PolicyResult(pack.Name, settings.Name, rule, settings.Enforcement, settings.Severity, message, null, settings.Remediation, null);
                    break;
                case JsonObject obj when obj["msg"] is JsonValue msg && msg.TryGetValue<string>(out var message):
                    var severity = obj["severity"] is JsonValue s && s.TryGetValue<string>(out var sev) ? sev : settings.Severity;
                    var urn = obj["urn"] is JsonValue u && u.TryGetValue<string>(out var urnText) ? urnText : null;
                    yield return new PolicyResult(pack.Name, settings.Name, rule, settings.Enforcement, severity, message, urn, settings.Remediation, obj["details"]?.DeepClone());
                    break;
                default:
                    errors.Add($"pack '{pack.Name}': data.{settings.Package}.{rule} produced a malformed result {item?.ToJsonString() ?? "null"}: each result must be a string or an object with a string 'msg' (and optional urn, severity, details).");
                    break;
            }
        }
    }

    [GeneratedRegex(@"^\s*package\s+([A-Za-z_][\w.]*)", RegexOptions.Multiline)]
    private static partial Regex PackageLine();
}
