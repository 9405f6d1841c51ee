using System.Collections.Immutable;
using Infra.Properties;

namespace Infra.Providers.Tls.Tests.Provider;

/// <summary>Builds property maps from plain C# values for provider-level tests.</summary>
internal static class Props
{
    internal static PropertyMap Of(params (string Key, object? Value)[] entries) =>
        PropertyMap.Create(entries.Select(e => new KeyValuePair<string, PropertyValue>(e.Key, Value(e.Value))));

    internal static PropertyValue Value(object? value) => value switch
    {
        null => PropertyValue.Null,
        PropertyValue property => property,
        PropertyMap map => PropertyValue.Create(map),
        string text => PropertyValue.Create(text),
        bool flag => PropertyValue.Create(flag),
        int number => PropertyValue.Create(number),
        double number => PropertyValue.Create(number),
        string[] items => PropertyValue.Create(items.Select(PropertyValue.Create).ToImmutableArray()),
        _ => throw new ArgumentException($"unsupported test value {value.GetType()}"),
    };

    internal static PropertyValue Secret(string text) => PropertyValue.MakeSecret(PropertyValue.Create(text));

    internal static PropertyValue SecretUnknown => PropertyValue.MakeSecret(PropertyValue.Unknown);
}
