using Infra.Properties;

namespace Infra;

/// <summary>A logical grouping of resources (e.g. an etcd cluster); it has no provider and its children's URNs include its type.</summary>
public class ComponentResource : Resource
{
    /// <summary>Registers a component.</summary>
    /// <param name="type">The component's type token, e.g. <c>infra:components:EtcdCluster</c>.</param>
    /// <param name="name">The logical name.</param>
    /// <param name="options">Resource options; transforms given here apply to every resource below the component.</param>
    public ComponentResource(string type, string name, ResourceOptions? options = null)
        : base(type, name, custom: false, args: null, options)
    {
    }

    private protected ComponentResource(string type, string name, ResourceOptions? options, bool isRoot)
        : base(type, name, custom: false, args: null, options, isRoot)
    {
    }

    /// <summary>Records the component's outputs (an object with properties or a dictionary; values may be outputs).</summary>
    protected void RegisterOutputs(object? outputs = null)
    {
        Monitor.RegisterResourceOutputs(this, SerializeOutputsAsync(outputs));
    }

    private async Task<PropertyMap> SerializeOutputsAsync(object? outputs)
    {
        var serialized = await Monitor.Serializer.SerializeAsync(outputs, CancellationToken.None).ConfigureAwait(false);
        return serialized.Value.Kind == PropertyValueKind.Object ? serialized.Value.ObjectValue : PropertyMap.Empty;
    }
}
