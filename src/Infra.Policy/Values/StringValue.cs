namespace Infra.Policy.Values;

/// <summary>A Rego string.</summary>
public sealed class StringValue : Value
{
    /// <summary>The empty string.</summary>
    public static readonly StringValue Empty = new(string.Empty);

    /// <summary>Creates a string value.</summary>
    public StringValue(string value) => Value = value;

    /// <summary>The text.</summary>
    public string Value { get; }

    internal override int KindRank => 3;

    /// <inheritdoc />
    public override string TypeName => "string";

    internal override int CompareSameKind(Value other) => CompareUtf8(Value, ((StringValue)other).Value);

    /// <summary>Byte-wise (UTF-8) order, which equals code point order.</summary>
    internal static int CompareUtf8(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length.CompareTo(b.Length);
        var ca = a[i];
        var cb = b[i];
        var sa = char.IsSurrogate(ca);
        var sb = char.IsSurrogate(cb);
        if (sa != sb) return sa ? 1 : -1;
        return ca.CompareTo(cb);
    }

    /// <inheritdoc />
    // Cached: hashing a document (set membership of whole resources) hashes the same key strings many times.
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var h = Value.GetHashCode(StringComparison.Ordinal);
            _hash = h == 0 ? 1 : h;
        }
        return _hash;
    }

    private int _hash;
}
