namespace Infra.Compositions.Authoring;

/// <summary>What happens when a patch's <c>fromFieldPath</c> does not exist.</summary>
public enum FromFieldPathPolicy
{
    /// <summary>Skip the patch (the default).</summary>
    Optional,

    /// <summary>Do not create the composed resource until the field exists.</summary>
    Required,
}
