namespace Infra;

/// <summary>A resource managed by a provider (created, updated and deleted through its provider).</summary>
public abstract class CustomResource : Resource
{
    /// <summary>Registers a custom resource.</summary>
    /// <param name="type">The type token (<c>package:module:Type</c>); the package selects the provider.</param>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments: an object with properties, a dictionary, a property map, or outputs of those.</param>
    /// <param name="options">Resource options.</param>
    protected CustomResource(string type, string name, object? args, ResourceOptions? options = null)
        : base(type, name, custom: true, args, options)
    {
        Id = new Output<string>(ReadIdAsync());
    }

    /// <summary>The provider-assigned ID.</summary>
    public Output<string> Id { get; }

    /// <summary>The provider package of this resource (first segment of the type token).</summary>
    public string Package => Infra.TypeToken.Package(Type);

    private async Task<OutputData<string>> ReadIdAsync()
    {
        var result = await Completion.Task.ConfigureAwait(false);
        return new OutputData<string>(result.Id!, result.Id is not null, false, OutputData<string>.NoResources.Add(this));
    }
}
