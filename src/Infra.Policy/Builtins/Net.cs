using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>net.cidr_*</c> builtins over IPv4 and IPv6 ranges.</summary>
internal static class Net
{
    private sealed record Range(AddressFamily Family, BigInteger First, BigInteger Last);

    public static void Register(BuiltinTable t)
    {
        t.Add("net.cidr_is_valid", 1, a => BoolValue.Of(a[0] is StringValue s && TryParse(s.Value, requirePrefix: true) is not null));
        t.Add("net.cidr_contains", 2, a => BoolValue.Of(Contains(ParseOrThrow(Args.Str(a, 0), true), ParseOrThrow(Args.Str(a, 1), false))));
        t.Add("net.cidr_intersects", 2, a =>
        {
            var x = ParseOrThrow(Args.Str(a, 0), true);
            var y = ParseOrThrow(Args.Str(a, 1), true);
            return BoolValue.Of(x.Family == y.Family && x.First <= y.Last && y.First <= x.Last);
        });
        t.Add("net.cidr_expand", 1, a =>
        {
            var text = Args.Str(a, 0);
            var r = TryParse(text, requirePrefix: true) ?? throw BuiltinException.Error($"invalid CIDR address: {text}");
            if (r.Last - r.First > 65535) throw BuiltinException.Error("cidr too large to expand");
            var items = new List<Value>();
            for (var v = r.First; v <= r.Last; v++) items.Add(new StringValue(Format(r.Family, v)));
            return SetValue.Of(items);
        });
        t.Add("net.cidr_merge", 1, a =>
        {
            var ranges = Args.Collection(a, 0).Select(v => v is StringValue s
                ? TryParse(s.Value, requirePrefix: false) ?? throw BuiltinException.Error($"invalid CIDR address: {s.Value}")
                : throw BuiltinException.Type($"operand 1 must be set of strings but got {v.TypeName}")).ToList();
            var merged = new List<Value>();
            foreach (var family in ranges.GroupBy(r => r.Family))
            {
                var sorted = family.OrderBy(r => r.First).ThenByDescending(r => r.Last).ToList();
                var spans = new List<(BigInteger First, BigInteger Last)>();
                foreach (var r in sorted)
                {
                    if (spans.Count > 0 && r.First <= spans[^1].Last + 1) spans[^1] = (spans[^1].First, BigInteger.Max(spans[^1].Last, r.Last));
                    else spans.Add((r.First, r.Last));
                }
                var bits = family.Key == AddressFamily.InterNetwork ? 32 : 128;
                foreach (var (first, last) in spans) merged.AddRange(ToCidrs(family.Key, bits, first, last));
            }
            return SetValue.Of(merged);
        });
        t.Add("net.cidr_contains_matches", 2, a =>
        {
            var left = Items(a[0], 0);
            var right = Items(a[1], 1);
            var result = new List<Value>();
            foreach (var (k1, c1) in left)
            {
                var r1 = ParseOrThrow(c1, false);
                foreach (var (k2, c2) in right)
                {
                    if (Contains(r1, ParseOrThrow(c2, false))) result.Add(new ArrayValue([k1, k2]));
                }
            }
            return SetValue.Of(result);
        });
    }

    private static List<(Value Key, string Cidr)> Items(Value v, int i)
    {
        string CidrOf(Value e) => e switch
        {
            StringValue s => s.Value,
            ArrayValue { Count: > 0 } arr when arr.Items[0] is StringValue s0 => s0.Value,
            _ => throw BuiltinException.Error($"operand {i + 1}: element must be string or non-empty array"),
        };
        return v switch
        {
            StringValue s => [(s, s.Value)],
            ArrayValue arr => arr.Items.Select((e, idx) => ((Value)NumberValue.Of(idx), CidrOf(e))).ToList(),
            SetValue set => set.Items.Select(e => (e, CidrOf(e))).ToList(),
            ObjectValue o => o.Entries.Select(kv => (kv.Key, CidrOf(kv.Value))).ToList(),
            _ => throw Args.OneOf(i, v, "string", "array", "set", "object"),
        };
    }

    private static string Format(AddressFamily family, BigInteger v)
    {
        var size = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: true);
        var full = new byte[size];
        Array.Copy(bytes, 0, full, size - bytes.Length, bytes.Length);
        return new IPAddress(full).ToString();
    }

    // The smallest list of aligned blocks covering [first, last].
    private static IEnumerable<Value> ToCidrs(AddressFamily family, int bits, BigInteger first, BigInteger last)
    {
        while (first <= last)
        {
            var size = 0;
            while (size < bits && (first & ((BigInteger.One << (size + 1)) - 1)) == 0 && first + (BigInteger.One << (size + 1)) - 1 <= last) size++;
            yield return new StringValue($"{Format(family, first)}/{bits - size}");
            first += BigInteger.One << size;
        }
    }

    private static bool Contains(Range outer, Range inner)
        => outer.Family == inner.Family && outer.First <= inner.First && inner.Last <= outer.Last;

    private static Range ParseOrThrow(string s, bool requirePrefix)
        => TryParse(s, requirePrefix: false) ?? throw BuiltinException.Error($"invalid CIDR address: {s}");

    private static Range? TryParse(string s, bool requirePrefix)
    {
        var slash = s.IndexOf('/');
        if (requirePrefix && slash < 0) return null;
        var addrText = slash < 0 ? s : s[..slash];
        if (!IPAddress.TryParse(addrText, out var addr) || addrText.Contains('%')) return null;
        if (addr.AddressFamily == AddressFamily.InterNetwork && addrText.Count(c => c == '.') != 3) return null;
        var bits = addr.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(s.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits))
            return null;
        var value = new BigInteger(addr.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
        var hostBits = bits - prefix;
        var mask = (BigInteger.One << hostBits) - 1;
        var first = value & ~mask & ((BigInteger.One << bits) - 1);
        return new Range(addr.AddressFamily, first, first | mask);
    }
}
