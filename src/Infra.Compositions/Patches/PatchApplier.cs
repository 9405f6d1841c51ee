using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Input;
using Infra.Compositions.Merging;
using Infra.Compositions.Transforms;
using Infra.Compositions.Values;

namespace Infra.Compositions.Patches;

/// <summary>
/// Applies one patch from a source object onto a target object (SPEC §3.2, §3.3). The caller picks source and
/// target by patch type and decides what a not-found error means.
/// </summary>
internal static class PatchApplier
{
    public static FieldError? Apply(PatchSpec patch, JsonNode source, JsonObject target) =>
        PatchTypes.IsCombine(patch.Type) ? ApplyCombine(patch, source, target) : ApplyFieldPath(patch, source, target);

    public static FieldError? ApplyFieldPath(PatchSpec patch, JsonNode source, JsonObject target)
    {
        var value = Paved.Get(source, patch.FromFieldPath ?? "", out var readError);
        if (readError is not null) return readError;
        value = TransformChain.Apply(patch.Transforms, value, out var transformError);
        if (transformError is not null) return new FieldError(transformError);
        value = GoValue.Normalize(value, out var encodeError);
        if (encodeError is not null) return new FieldError(encodeError);
        if (Policy(patch, out var policyError) is not { } policy) return policyError;

        var toPath = patch.EffectiveToFieldPath;
        if (toPath.Contains("[*]", StringComparison.Ordinal))
        {
            var paths = Paved.ExpandWildcards(target, toPath, out var expandError);
            if (expandError is not null) return expandError;
            if (paths!.Count == 0) return new FieldError($"cannot expand ToFieldPath {toPath}");
            foreach (var path in paths)
            {
                if (ValueMerger.MergeAt(target, path, value, policy) is { } mergeError) return mergeError.Wrap("cannot patch to object");
            }
            return Normalized(target);
        }
        return Write(target, toPath, value, policy);
    }

    public static FieldError? ApplyCombine(PatchSpec patch, JsonNode source, JsonObject target)
    {
        var combine = patch.Combine;
        if (combine is null) return new FieldError($"combine must be set for patch type {patch.Type}");
        var values = new List<JsonNode?>();
        foreach (var variable in combine.Variables)
        {
            var value = Paved.Get(source, variable, out var readError);
            if (readError is not null) return readError;
            values.Add(value);
        }
        if (combine.Strategy != "string") return new FieldError($"combine strategy {combine.Strategy} is not supported");
        if (!combine.HasString || combine.Format is null) return new FieldError("given combine strategy string requires configuration");
        JsonNode? output = JsonValue.Create(GoFormat.Sprintf(combine.Format, values));
        output = TransformChain.Apply(patch.Transforms, output, out var transformError);
        if (transformError is not null) return new FieldError(transformError);
        if (Policy(patch, out var policyError) is not { } policy) return policyError;
        return Write(target, patch.ToFieldPath ?? "", output, policy);
    }

    private static FieldError? Write(JsonObject target, string toPath, JsonNode? value, ToFieldPathPolicy policy)
    {
        var segments = FieldPath.Parse(toPath, out var parseError);
        if (segments is null) return parseError!.Wrap("cannot patch to object");
        if (ValueMerger.MergeAt(target, segments, value, policy) is { } mergeError) return mergeError.Wrap("cannot patch to object");
        return Normalized(target);
    }

    private static ToFieldPathPolicy? Policy(PatchSpec patch, out FieldError? error)
    {
        error = null;
        var policy = ValueMerger.ParsePolicy(patch.Policy?.ToFieldPath);
        if (policy is null) error = new FieldError($"unknown toFieldPath policy {patch.Policy?.ToFieldPath}");
        return policy;
    }

    /// <summary>Re-normalises the whole target, as the upstream JSON round-trip after every patch does.</summary>
    private static FieldError? Normalized(JsonObject target)
    {
        if (GoValue.Normalize(target, out var error) is not JsonObject normalized) return new FieldError(error ?? "cannot encode object");
        target.Clear();
        foreach (var (k, v) in normalized.ToList())
        {
            normalized.Remove(k);
            target[k] = v;
        }
        return null;
    }
}
