namespace Infra.Compositions.Authoring;

/// <summary>How a patch writes onto an existing value (<c>policy.toFieldPath</c>).</summary>
public enum MergePolicy
{
    /// <summary>Replace the value (the default).</summary>
    Replace,

    /// <summary>Merge objects; existing values win.</summary>
    MergeObjects,

    /// <summary>Merge objects, existing values win, arrays are appended.</summary>
    MergeObjectsAppendArrays,

    /// <summary>Merge objects; patch values win.</summary>
    ForceMergeObjects,

    /// <summary>Merge objects, patch values win, arrays are appended.</summary>
    ForceMergeObjectsAppendArrays,
}
