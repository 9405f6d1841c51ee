namespace Infra.Providers.Tls.Tests;

/// <summary>Keys generated once per test run for each algorithm, to keep RSA generation out of every test.</summary>
public sealed class TestKeys
{
    private readonly Dictionary<string, PrivateKeyResult> _keys = new();
    private readonly Lock _lock = new();

    internal PrivateKeyResult Get(string algorithm, int rsaBits = 2048, string curve = "P256")
    {
        var name = $"{algorithm}/{rsaBits}/{curve}";
        lock (_lock)
        {
            if (!_keys.TryGetValue(name, out var key))
            {
                var result = PrivateKeyGenerator.Create(new PrivateKeyArgs(algorithm, rsaBits, curve));
                Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
                key = result.Value!;
                _keys[name] = key;
            }

            return key;
        }
    }
}
