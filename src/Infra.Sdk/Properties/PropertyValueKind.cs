namespace Infra.Properties;

/// <summary>The shape of a <see cref="PropertyValue"/>.</summary>
public enum PropertyValueKind
{
    /// <summary>JSON null.</summary>
    Null,
    /// <summary>A boolean.</summary>
    Bool,
    /// <summary>A double-precision number.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
    /// <summary>An ordered list of values.</summary>
    Array,
    /// <summary>A map from string keys to values.</summary>
    Object,
    /// <summary>A value that must never be shown or stored in plaintext.</summary>
    Secret,
    /// <summary>A value that is not known yet (during preview).</summary>
    Unknown,
}
