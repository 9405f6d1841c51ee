using Infra.Deployment;
using Infra.Etcd.Client;
using Infra.Etcd.Provider;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Providers.Etcd.Tests;

/// <summary>Creates the etcd provider with config, and a raw session for checking etcd directly.</summary>
internal static class ProviderHarness
{
    public static IProvider Provider(string endpoints, params (string Key, string Value, bool Secret)[] extra)
    {
        var config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal) { ["endpoints"] = new ConfigValue(endpoints, false) };
        foreach (var (key, value, secret) in extra)
        {
            config[key] = new ConfigValue(value, secret);
        }
        return new EtcdProviderFactory().Create(new ProviderContext("proj", "dev", Path.GetTempPath(), config, false, new Progress<string>()));
    }

    public static EtcdSession Raw(string endpoint, string? username = null, string? password = null) =>
        new(new EtcdConnectionOptions { Endpoints = [endpoint], Username = username, Password = password });

    public static PropertyMap Map(params (string Key, object Value)[] entries) =>
        PropertyMap.Create(entries.Select(e => KeyValuePair.Create(e.Key, Value(e.Value))));

    public static PropertyValue Value(object value) => value switch
    {
        PropertyValue v => v,
        string s => PropertyValue.Create(s),
        int i => PropertyValue.Create(i),
        bool b => PropertyValue.Create(b),
        string[] items => PropertyValue.Create(items.Select(PropertyValue.Create)),
        PropertyMap[] maps => PropertyValue.Create(maps.Select(PropertyValue.Create)),
        _ => throw new ArgumentException($"unsupported {value.GetType()}"),
    };

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];
}
