namespace Infra.Components.Tests.Support;

/// <summary>One shell step of a CI example: its job and its script.</summary>
internal sealed record CiStep(string Job, string Script)
{
    /// <summary>The marker of the step that posts the comment on the forge.</summary>
    public const string PostComment = "# infra-example: post-comment";

    /// <summary>The marker of steps that only work on the forge (fetching artifacts from another run).</summary>
    public const string ForgeOnly = "# infra-example: forge-only";

    /// <summary>The marker of the step that builds the stack program.</summary>
    public const string Build = "# infra-example: build";

    public bool Has(string marker) => Script.TrimStart().StartsWith(marker, StringComparison.Ordinal);
}
