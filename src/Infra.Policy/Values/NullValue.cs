namespace Infra.Policy.Values;

/// <summary>The Rego <c>null</c> value.</summary>
public sealed class NullValue : Value
{
    /// <summary>The single instance.</summary>
    public static readonly NullValue Instance = new();

    private NullValue() { }

    internal override int KindRank => 0;

    /// <inheritdoc />
    public override string TypeName => "null";

    internal override int CompareSameKind(Value other) => 0;

    /// <inheritdoc />
    public override int GetHashCode() => 0x5a5a;
}
