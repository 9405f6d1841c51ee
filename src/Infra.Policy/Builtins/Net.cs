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
