using System.Text.Json;
using Infra.Engine.Diagnostics;

namespace Infra.Engine.Planning;

/// <summary>Reads and writes plan files.</summary>
public static class PlanFile
{
    /// <summary>Serializes a plan.</summary>
    public static string Serialize(PlanDocument plan) => JsonSerializer.Serialize(plan, PlanJson.Default.PlanDocument);

    /// <summary>Writes a plan file.</summary>
    public static async Task WriteAsync(string path, PlanDocument plan, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        await File.WriteAllTextAsync(path, Serialize(plan), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a plan file, naming the file on any error.</summary>
    public static async Task<PlanDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: plan file not found.");
        }
        if (new FileInfo(path).Length > 512L * 1024 * 1024)
        {
            throw new InputException($"{path}: plan file is larger than 512 MiB.");
        }
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            Utf8Check.ThrowIfInvalid(bytes, path, "plan file");
            var plan = JsonSerializer.Deserialize(bytes, PlanJson.Default.PlanDocument)
                ?? throw new InputException($"{path}: plan file is empty.");
            if (plan.Version > PlanDocument.CurrentVersion)
            {
                throw new InputException($"{path}: plan format version {plan.Version} is newer than this Infra understands ({PlanDocument.CurrentVersion}).");
            }
            if (plan.Steps is null || plan.Config is null)
            {
                throw new InputException($"{path}: plan file lacks 'steps' or 'config'.");
            }
            RequireElements(plan, path);
            return plan;
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not a valid plan file: {e.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>
    /// Null list elements (a hand-edited <c>"steps": [null]</c>) and missing constructor parameters pass the serializer's
    /// nullability checks.
    /// </summary>
    private static void RequireElements(PlanDocument plan, string path)
    {
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i] ?? throw new InputException($"{path}: steps[{i}] is null.");
            if (step.Dependencies.Any(d => d is null) || step.ChangedPaths.Any(p => p is null) || step.ReplacePaths.Any(p => p is null) || step.Diff.Any(d => d is null))
            {
                throw new InputException($"{path}: steps[{i}] ({step.Urn}) has a null entry in a list.");
            }
            // A diff entry missing "path" or "kind" leaves its constructor parameters at null.
            if (step.Diff.FirstOrDefault(d => d.Path is null || d.Kind is null) is not null)
            {
                throw new InputException($"{path}: steps[{i}] ({step.Urn}) has a diff entry without 'path' or 'kind'.");
            }
        }
    }
}
