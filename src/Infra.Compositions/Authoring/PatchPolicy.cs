namespace Infra.Compositions.Authoring;

/// <summary>A patch's <c>policy</c> block.</summary>
/// <param name="FromFieldPath">What to do when the source field is missing; null leaves the default.</param>
/// <param name="ToFieldPath">How to write onto an existing value; null leaves the default.</param>
public sealed record PatchPolicy(FromFieldPathPolicy? FromFieldPath = null, MergePolicy? ToFieldPath = null)
{
    /// <summary>The policy that makes the source field required.</summary>
    public static PatchPolicy Required { get; } = new(FromFieldPathPolicy.Required);
}
