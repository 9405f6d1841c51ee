using Google.Protobuf;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>A role permission in normal form: a key with an optional range end (a prefix becomes its range end).</summary>
internal sealed record RolePermission(string Key, string RangeEnd, string Permission)
{
    private static readonly string[] Kinds = ["read", "write", "readwrite"];

    public static IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        if (inputs.Get("permissions")?.Unsecret() is not { Kind: PropertyValueKind.Array } list)
        {
            return failures;
        }
        for (var i = 0; i < list.ArrayValue.Length; i++)
        {
            if (list.ArrayValue[i].Unsecret() is not { Kind: PropertyValueKind.Object } item)
            {
                continue;
            }
            var map = item.ObjectValue;
            if (!Props.IsUnknown(map, "key") && string.IsNullOrEmpty(Props.Text(map, "key")))
            {
                failures.Add(new CheckFailure($"permissions[{i}].key", "is required and must be a non-empty string"));
            }
            if (!Props.IsUnknown(map, "permission") && !Kinds.Contains(Props.Text(map, "permission") ?? ""))
            {
                failures.Add(new CheckFailure($"permissions[{i}].permission", $"must be read, write or readwrite, got '{Props.Text(map, "permission")}'"));
            }
            if (map.Get("prefix")?.Unsecret() is { Kind: PropertyValueKind.Bool, BoolValue: true } && Props.Text(map, "rangeEnd") is { Length: > 0 })
            {
                failures.Add(new CheckFailure($"permissions[{i}].rangeEnd", "cannot be combined with prefix: true"));
            }
        }
        return failures;
    }

    /// <summary>The wanted permissions, sorted.</summary>
    public static IReadOnlyList<RolePermission> FromInputs(PropertyMap inputs) =>
        inputs.Get("permissions")?.Unsecret() is { Kind: PropertyValueKind.Array } list
            ? Sort(list.ArrayValue.Select(v => v.Unsecret()).Where(v => v.Kind == PropertyValueKind.Object).Select(v => FromMap(v.ObjectValue, normalizePrefix: true)))
            : [];

    /// <summary>The permissions recorded in outputs, sorted.</summary>
    public static IReadOnlyList<RolePermission> FromOutputs(PropertyMap outputs) =>
        outputs.Get("permissions")?.Unsecret() is { Kind: PropertyValueKind.Array } list
            ? Sort(list.ArrayValue.Where(v => v.Kind == PropertyValueKind.Object).Select(v => FromMap(v.ObjectValue, normalizePrefix: false)))
            : [];

    public static RolePermission FromEtcd(Authpb.Permission permission) => new(
        permission.Key.ToStringUtf8(),
        permission.RangeEnd.ToStringUtf8(),
        permission.PermType switch { Authpb.Permission.Types.Type.Read => "read", Authpb.Permission.Types.Type.Write => "write", _ => "readwrite" });

    public static IReadOnlyList<RolePermission> Sort(IEnumerable<RolePermission> items) =>
        items.Distinct().OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.RangeEnd, StringComparer.Ordinal).ThenBy(p => p.Permission, StringComparer.Ordinal).ToList();

    public static PropertyValue ToValue(IEnumerable<RolePermission> items) =>
        PropertyValue.Create(items.Select(p => PropertyValue.Create(PropertyMap.Create(
            ("key", PropertyValue.Create(p.Key)),
            ("rangeEnd", PropertyValue.Create(p.RangeEnd)),
            ("permission", PropertyValue.Create(p.Permission))))));

    public Authpb.Permission ToEtcd() => new()
    {
        Key = ByteString.CopyFromUtf8(Key),
        RangeEnd = ByteString.CopyFromUtf8(RangeEnd),
        PermType = Permission switch { "read" => Authpb.Permission.Types.Type.Read, "write" => Authpb.Permission.Types.Type.Write, _ => Authpb.Permission.Types.Type.Readwrite },
    };

    private static RolePermission FromMap(PropertyMap map, bool normalizePrefix)
    {
        var key = Props.Text(map, "key") ?? "";
        var rangeEnd = Props.Text(map, "rangeEnd") ?? "";
        if (normalizePrefix && map.Get("prefix")?.Unsecret() is { Kind: PropertyValueKind.Bool, BoolValue: true })
        {
            rangeEnd = PrefixEnd(key);
        }
        return new RolePermission(key, rangeEnd, Props.Text(map, "permission") ?? "");
    }

    /// <summary>etcd's prefix convention: the key with its last character incremented.</summary>
    private static string PrefixEnd(string key)
    {
        var chars = key.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] < '\u007f')
            {
                chars[i]++;
                return new string(chars, 0, i + 1);
            }
        }
        return "\0";
    }
}
