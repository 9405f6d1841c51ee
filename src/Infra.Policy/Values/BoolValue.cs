namespace Infra.Policy.Values;

/// <summary>A Rego boolean.</summary>
public sealed class BoolValue : Value
{
    /// <summary>The value <c>true</c>.</summary>
    public static readonly BoolValue True = new(true);

    /// <summary>The value <c>false</c>.</summary>
    public static readonly BoolValue False = new(false);

    private BoolValue(bool value) => Value = value;

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <summary>Returns the shared instance for <paramref name="value"/>.</summary>
    public static BoolValue Of(bool value) => value ? True : False;

    internal override int KindRank => 1;

    /// <inheritdoc />
    public override string TypeName => "boolean";

    internal override int CompareSameKind(Value other) => Value.CompareTo(((BoolValue)other).Value);

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 1 : 2;
}
