namespace Infra.Compositions.Input;

/// <summary>A patch as written; <see cref="RawType"/> is empty when the <c>type</c> key is absent.</summary>
internal sealed record PatchSpec(
    string RawType,
    string? FromFieldPath,
    string? ToFieldPath,
    CombineSpec? Combine,
    IReadOnlyList<TransformSpec> Transforms,
    PolicySpec? Policy,
    string? PatchSetName)
{
    /// <summary>The patch type with the upstream default applied.</summary>
    public string Type => RawType.Length == 0 ? PatchTypes.FromCompositeFieldPath : RawType;

    /// <summary>The path written to: <c>toFieldPath</c>, or <c>fromFieldPath</c> when the key is absent.</summary>
    public string EffectiveToFieldPath => ToFieldPath ?? FromFieldPath ?? "";

    public bool IsRequired => Policy?.FromFieldPath == "Required";
}
