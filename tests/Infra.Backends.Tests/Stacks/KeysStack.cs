using Infra.Etcd;

namespace Infra.Backends.Tests.Stacks;

/// <summary>
/// <c>count</c> etcd keys under <c>root</c>; with a gate, a <see cref="Gate"/> after all of them and one more key
/// (<c>after</c>) that waits for the gate.
/// </summary>
public sealed class KeysStack : Stack
{
    public KeysStack(string root, int count, bool withGate)
    {
        var keys = Enumerable.Range(0, count)
            .Select(i => (Resource)new Key($"k{i}", new KeyArgs { Key = $"{root}/k{i}", Value = $"value {i}" }))
            .ToList();
        if (withGate)
        {
            var gate = new Gate("gate", new ResourceOptions { DependsOn = keys });
            _ = new Key("after", new KeyArgs { Key = $"{root}/after", Value = "after the gate" }, new ResourceOptions { DependsOn = [gate] });
        }
    }
}
