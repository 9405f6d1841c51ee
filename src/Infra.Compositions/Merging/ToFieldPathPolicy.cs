namespace Infra.Compositions.Merging;

/// <summary>How a patch value is written onto an existing value (<c>policy.toFieldPath</c>).</summary>
internal enum ToFieldPathPolicy
{
    Replace,
    MergeObjects,
    MergeObjectsAppendArrays,
    ForceMergeObjects,
    ForceMergeObjectsAppendArrays,
}
