namespace Infra.Backends.Tests.Stacks;

/// <summary>A test resource whose creation runs a callback (block a run, stop etcd mid-run…).</summary>
public sealed class Gate(string name, ResourceOptions? options = null)
    : CustomResource(TypeToken, name, new Dictionary<string, object>(), options)
{
    public const string TypeToken = "gate:index:Gate";
}
