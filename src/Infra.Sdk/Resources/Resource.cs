using System.Text.Json.Serialization.Metadata;
using Infra.Deployment;
using Infra.Properties;
using Infra.Serialization;

namespace Infra;

/// <summary>
/// Anything the engine tracks: a custom resource managed by a provider, or a component grouping other resources.
/// Constructing a resource registers it with the running deployment.
/// </summary>
public abstract class Resource
{
    private readonly List<Resource> _children = [];
    private readonly Lock _childrenLock = new();

    private protected Resource(string type, string name, bool custom, object? args, ResourceOptions? options, bool isRoot = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(name);
        options ??= new ResourceOptions();
        Monitor = options.Parent?.Monitor ?? DeploymentScope.Current
            ?? throw new InvalidOperationException($"Resource '{name}' was created outside a running stack: create resources inside a Stack constructor run by the Infra engine.");
        if (!isRoot && options.Parent is null)
        {
            options = options with { Parent = Monitor.Root };
        }
        (args, options) = ApplyTransforms(type, name, custom, args, options);
        Type = type;
        Name = name;
        IsCustom = custom;
        Options = options;
        Parent = options.Parent;
        QualifiedType = Parent is null || Parent.Type == Infra.Urn.StackType ? type : Parent.QualifiedType + "$" + type;
        Urn = Infra.Urn.Create(Monitor.StackName, Monitor.ProjectName, Parent is null || Parent.Type == Infra.Urn.StackType ? null : Parent.QualifiedType, type, name);
        Parent?.AddChild(this);
        var inputs = custom ? Monitor.Serializer.SerializeAsync(args, CancellationToken.None) : Task.FromResult(new SerializedValue(PropertyValue.EmptyObject, OutputData<object>.NoResources));
        Monitor.RegisterResource(this, new RegistrationRequest(inputs, options));
    }

    /// <summary>The type token, e.g. <c>random:index/randomPassword:RandomPassword</c>.</summary>
    public string Type { get; }

    /// <summary>The resource's logical name (unique among siblings of the same type).</summary>
    public string Name { get; }

    /// <summary>The resource's URN.</summary>
    public string Urn { get; }

    /// <summary>True for provider-managed resources.</summary>
    public bool IsCustom { get; }

    /// <summary>The type chain from the stack down to this resource, joined by <c>$</c>.</summary>
    public string QualifiedType { get; }

    /// <summary>The parent (the stack for top-level resources).</summary>
    public Resource? Parent { get; }

    internal ResourceOptions Options { get; }

    internal IResourceMonitor Monitor { get; }

    /// <summary>Resolved by the engine when the resource's step has finished (or faulted when it failed or was skipped).</summary>
    public TaskCompletionSource<ResourceResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The resource's children registered so far.</summary>
    public IReadOnlyList<Resource> Children
    {
        get
        {
            lock (_childrenLock)
            {
                return [.. _children];
            }
        }
    }

    /// <summary>Reads one output property as <typeparamref name="T"/>; unknown during preview when the provider cannot predict it.</summary>
    /// <remarks>
    /// Strings, numbers, booleans, string lists and maps and JSON nodes read in every build; for other types under
    /// Native AOT use <see cref="GetOutput{T}(string, JsonTypeInfo{T})"/>.
    /// </remarks>
    protected Output<T> GetOutput<T>(string name) => new(ReadOutputAsync(name, PropertyConverter.Convert<T>));

    /// <summary>Reads one output property as <typeparamref name="T"/> through a source-generated JSON contract (works under Native AOT).</summary>
    protected Output<T> GetOutput<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new(ReadOutputAsync(name, value => PropertyConverter.Convert(value, typeInfo)));
    }

    /// <summary>All output properties; unknown during preview while any of them is.</summary>
    protected Output<PropertyMap> GetOutputs() => new(ReadAllAsync());

    private async Task<OutputData<T>> ReadOutputAsync<T>(string name, Func<PropertyValue, T> convert)
    {
        var result = await Completion.Task.ConfigureAwait(false);
        var resources = OutputData<T>.NoResources.Add(this);
        if (!result.Outputs.TryGetValue(name, out var value) || value.IsNull)
        {
            return new OutputData<T>(default!, !result.Predicted, false, resources);
        }
        if (value.Unsecret().Kind == PropertyValueKind.Unknown)
        {
            return new OutputData<T>(default!, false, value.Kind == PropertyValueKind.Secret, resources);
        }
        if (value.ContainsUnknowns)
        {
            return new OutputData<T>(default!, false, value.ContainsSecrets, resources);
        }
        return new OutputData<T>(convert(value), true, value.ContainsSecrets, resources);
    }

    private async Task<OutputData<PropertyMap>> ReadAllAsync()
    {
        var result = await Completion.Task.ConfigureAwait(false);
        return new OutputData<PropertyMap>(result.Outputs, !result.Outputs.ContainsUnknowns, result.Outputs.ContainsSecrets, OutputData<PropertyMap>.NoResources.Add(this));
    }

    private void AddChild(Resource child)
    {
        lock (_childrenLock)
        {
            _children.Add(child);
        }
    }

    private static (object? Args, ResourceOptions Options) ApplyTransforms(string type, string name, bool custom, object? args, ResourceOptions options)
    {
        var transforms = new List<ResourceTransform>(options.Transforms);
        for (var ancestor = options.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            transforms.AddRange(ancestor.Options.Transforms);
        }
        foreach (var transform in transforms)
        {
            var result = transform(new ResourceTransformArgs(type, name, custom, args, options));
            if (result is not null)
            {
                args = result.Args;
                options = result.Options with { Parent = options.Parent };
            }
        }
        return (args, options);
    }
}
