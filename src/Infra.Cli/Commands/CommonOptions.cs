using System.CommandLine;

namespace Infra.Cli.Commands;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    public static Option<string?> Stack() => new("--stack", "-s") { Description = "The stack to operate on (default: the selected stack)." };

    public static Option<bool> Yes() => new("--yes", "-y") { Description = "Proceed without asking for confirmation (required when not on a terminal)." };

    public static Option<bool> Json() => new("--json", "-j") { Description = "Write engine events as newline-delimited JSON instead of the progress view." };

    public static Option<bool> Diff() => new("--diff") { Description = "Show property-level diffs of changed resources." };

    public static Option<int> Parallel() => new("--parallel", "-p") { Description = "How many resource operations may run at once.", DefaultValueFactory = _ => 16 };

    public static Option<string[]> Target() => new("--target", "-t") { Description = "Only change this resource URN and what depends on it (repeatable).", AllowMultipleArgumentsPerToken = false };

    public static Option<bool> Refresh() => new("--refresh", "-r") { Description = "Refresh state from the providers before planning." };

    public static Option<bool> ForceUnlock() => new("--force-unlock") { Description = "Remove the stack's lock first (only when its holder is known to be gone)." };

    public static Option<string?> Tracing() => new("--tracing") { Description = "Write the run's OpenTelemetry spans to a file: file://trace.json." };

    public static Option<string?> OtlpEndpoint() => new("--otlp-endpoint") { Description = "Send spans and metrics over OTLP/HTTP to this collector (default: OTEL_EXPORTER_OTLP_ENDPOINT when set)." };

    public static Option<bool> ShowSecrets() => new("--show-secrets") { Description = "Show secret values in plaintext." };
}
