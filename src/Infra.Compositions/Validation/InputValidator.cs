using Infra.Compositions.Input;
using Infra.Compositions.Merging;
using Infra.Compositions.Transforms;

namespace Infra.Compositions.Validation;

/// <summary>Validates decoded function input the way the upstream function does (SPEC §10): first error wins.</summary>
internal static class InputValidator
{
    public static ValidationError? Resources(ResourcesInput input)
    {
        foreach (var set in input.PatchSets)
        {
            if (PatchSet(set) is { } error) return error;
        }
        if (input.Resources.Count == 0 && (input.Environment is null || input.Environment.Patches.Count == 0))
            return ValidationError.Required("resources", "resources or environment patches are required");
        for (var i = 0; i < input.Resources.Count; i++)
        {
            if (Template(input.Resources[i]) is { } error) return error.Under($"resources[{i}]");
        }
        if (input.Environment is not null && Environment(input.Environment) is { } envError) return envError.Under("environment");
        return null;
    }

    public static ValidationError? Template(ComposedTemplate template)
    {
        if (template.Name.Length == 0) return ValidationError.Required("name", "name is required");
        for (var i = 0; i < template.Patches.Count; i++)
        {
            if (Patch(template.Patches[i], allowPatchSet: true) is { } error) return error.Under($"patches[{i}]");
        }
        for (var i = 0; i < template.ConnectionDetails.Count; i++)
        {
            if (ConnectionDetail(template.ConnectionDetails[i]) is { } error) return error.Under($"connectionDetails[{i}]");
        }
        for (var i = 0; i < template.ReadinessChecks.Count; i++)
        {
            if (ReadinessCheck(template.ReadinessChecks[i]) is { } error) return error.Under($"readinessChecks[{i}]");
        }
        return null;
    }

    public static ValidationError? PatchSet(PatchSetSpec set)
    {
        if (set.Name.Length == 0) return ValidationError.Required("name", "name is required");
        for (var i = 0; i < set.Patches.Count; i++)
        {
            if (Patch(set.Patches[i], allowPatchSet: false) is { } error) return error.Under($"patches[{i}]");
        }
        return null;
    }

    public static ValidationError? Environment(EnvironmentSpec environment)
    {
        for (var i = 0; i < environment.Patches.Count; i++)
        {
            var patch = environment.Patches[i];
            if (patch.Type is not (PatchTypes.FromCompositeFieldPath or PatchTypes.ToCompositeFieldPath or PatchTypes.CombineFromComposite
                or PatchTypes.CombineToComposite or PatchTypes.FromEnvironmentFieldPath or PatchTypes.ToEnvironmentFieldPath))
                return ValidationError.Invalid($"patches[{i}][type]", patch.Type, "invalid environment patch type");
            if (Patch(patch, allowPatchSet: true) is { } error) return error.Under($"patches[{i}]");
        }
        return null;
    }

    public static ValidationError? Patch(PatchSpec patch, bool allowPatchSet)
    {
        var type = patch.Type;
        switch (type)
        {
            case PatchTypes.FromCompositeFieldPath or PatchTypes.ToCompositeFieldPath or PatchTypes.FromEnvironmentFieldPath or PatchTypes.ToEnvironmentFieldPath:
                if (string.IsNullOrEmpty(patch.FromFieldPath))
                    return ValidationError.Required("fromFieldPath", $"fromFieldPath must be set for patch type {type}");
                break;
            case PatchTypes.PatchSet:
                if (!allowPatchSet)
                    return ValidationError.Invalid("type", type, $"patch type *v1beta1.PatchSetPatch does not support patch of type {type}");
                if (string.IsNullOrEmpty(patch.PatchSetName))
                    return ValidationError.Required("patchSetName", $"patchSetName must be set for patch type {type}");
                break;
            case PatchTypes.CombineFromComposite or PatchTypes.CombineToComposite or PatchTypes.CombineFromEnvironment or PatchTypes.CombineToEnvironment:
                if (patch.Combine is null) return ValidationError.Required("combine", $"combine must be set for patch type {type}");
                if (string.IsNullOrEmpty(patch.ToFieldPath))
                    return ValidationError.Required("toFieldPath", $"toFieldPath must be set for patch type {type}");
                return Combine(patch.Combine)?.Under("combine");
            default:
                return ValidationError.Invalid("type", type, "unknown patch type");
        }
        for (var i = 0; i < patch.Transforms.Count; i++)
        {
            if (Transform(patch.Transforms[i]) is { } error) return error.Under($"transforms[{i}]");
        }
        if (patch.Policy is { } policy)
        {
            if (ValueMerger.ParsePolicy(policy.ToFieldPath) is null)
                return ValidationError.Invalid("policy.toFieldPathPolicy", policy.ToFieldPath, "unknown toFieldPathPolicy");
            if (policy.FromFieldPath is not (null or "Optional" or "Required"))
                return ValidationError.Invalid("policy.fromFieldPathPolicy", policy.FromFieldPath, "unknown fromFieldPathPolicy");
        }
        return null;
    }

    public static ValidationError? Combine(CombineSpec combine)
    {
        switch (combine.Strategy)
        {
            case "string":
                if (!combine.HasString) return ValidationError.Required("string", "string must be set for combine strategy string");
                break;
            case null or "":
                return ValidationError.Required("strategy", "a combine strategy must be provided");
            default:
                return ValidationError.Invalid("strategy", combine.Strategy, "unknown strategy type");
        }
        if (combine.Variables.Count == 0) return ValidationError.Required("variables", "at least one variable must be provided");
        for (var i = 0; i < combine.Variables.Count; i++)
        {
            if (combine.Variables[i].Length == 0)
                return ValidationError.Required($"variables[{i}].fromFieldPath", "fromFieldPath must be set for each combine variable");
        }
        return null;
    }

    public static ValidationError? Transform(TransformSpec transform) => transform.Type switch
    {
        "math" => transform.Math is null
            ? ValidationError.Required("math", "given transform type math requires configuration")
            : MathTransform.Validate(transform.Math)?.Under("math"),
        "map" => transform.Map is null
            ? ValidationError.Required("map", "given transform type map requires configuration")
            : transform.Map.Pairs.Count == 0
                ? ValidationError.Required("map.pairs", "at least one pair must be specified if a map transform is specified")
                : null,
        "match" => transform.Match is null
            ? ValidationError.Required("match", "given transform type match requires configuration")
            : MatchTransform.Validate(transform.Match)?.Under("match"),
        "string" => transform.String is null
            ? ValidationError.Required("string", "given transform type string requires configuration")
            : StringTransform.Validate(transform.String)?.Under("string"),
        "convert" => transform.Convert is null
            ? ValidationError.Required("convert", "given transform type convert requires configuration")
            : ConvertTransform.Validate(transform.Convert)?.Under("convert"),
        _ => ValidationError.Invalid("type", transform.Type, "unknown transform type"),
    };

    public static ValidationError? ConnectionDetail(ConnectionDetailSpec detail)
    {
        if (string.IsNullOrEmpty(detail.Type)) return ValidationError.Required("type", "connection detail type is required");
        if (detail.Type is not ("FromConnectionSecretKey" or "FromFieldPath" or "FromValue"))
            return ValidationError.Invalid("type", detail.Type, "unknown connection detail type");
        if (string.IsNullOrEmpty(detail.Name)) return ValidationError.Required("name", "name is required");
        return detail.Type switch
        {
            "FromValue" when detail.Value is null => ValidationError.Required("value", "value connection detail requires a value"),
            "FromConnectionSecretKey" when detail.FromConnectionSecretKey is null =>
                ValidationError.Required("fromConnectionSecretKey", "from connection secret key connection detail requires a key"),
            "FromFieldPath" when detail.FromFieldPath is null =>
                ValidationError.Required("fromFieldPath", "from field path connection detail requires a field path"),
            _ => null,
        };
    }

    public static ValidationError? ReadinessCheck(ReadinessCheckSpec check)
    {
        switch (check.Type)
        {
            case "None":
                return null;
            case "MatchString":
                if (check.MatchString is null) return ValidationError.Required("matchString", "cannot be nil for type MatchString");
                break;
            case "MatchInteger":
                if (check.MatchInteger is null) return ValidationError.Required("matchInteger", "cannot be nil for type MatchInteger");
                break;
            case "MatchCondition":
                if (check.MatchCondition is { } condition)
                {
                    if (condition.Type.Length == 0) return ValidationError.Required("matchCondition.type", "cannot be empty for type MatchCondition");
                    if (condition.Status.Length == 0) return ValidationError.Required("matchCondition.status", "cannot be empty for type MatchCondition");
                }
                return null;
            case "NonEmpty" or "MatchTrue" or "MatchFalse":
                break;
            default:
                return ValidationError.Invalid("type", check.Type, "unknown readiness check type");
        }
        return check.FieldPath is null ? ValidationError.Required("fieldPath", "cannot be empty") : null;
    }
}
