namespace Infra.Compositions.Authoring;

/// <summary>The target type of a <see cref="ConvertTransform"/>.</summary>
public enum ConvertType
{
    /// <summary>string</summary>
    String,

    /// <summary>int (an alias of int64)</summary>
    Int,

    /// <summary>int64</summary>
    Int64,

    /// <summary>bool</summary>
    Bool,

    /// <summary>float64</summary>
    Float64,

    /// <summary>object (from a JSON string)</summary>
    Object,

    /// <summary>array (from a JSON string)</summary>
    Array,
}
