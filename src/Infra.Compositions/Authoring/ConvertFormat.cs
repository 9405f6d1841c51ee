namespace Infra.Compositions.Authoring;

/// <summary>How a <see cref="ConvertTransform"/> reads its input string.</summary>
public enum ConvertFormat
{
    /// <summary>Plain values (the default).</summary>
    None,

    /// <summary>Kubernetes quantities such as <c>500m</c> or <c>1Gi</c> (string → float64).</summary>
    Quantity,

    /// <summary>JSON text (string → object or array).</summary>
    Json,
}
