namespace Infra.Consul;

/// <summary>
/// An external service registered in the catalog (<c>/v1/catalog/register</c>) on an external node, e.g. a managed database, so mesh services can reach it by name. Node and service ID replace it; address, port, tags and meta update in place. Delete deregisters it (and the node when it is empty). ID = <c>{node}/{serviceId}</c>; import with it.
/// </summary>
public sealed class CatalogService : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/catalogService:CatalogService";

    /// <summary>Creates the resource.</summary>
    public CatalogService(string name, CatalogServiceArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        ServiceId = GetOutput<string>("serviceId");
        ServiceName = GetOutput<string>("service");
    }

    /// <summary>The service ID on its node.</summary>
    public Output<string> ServiceId { get; }

    /// <summary>The service name.</summary>
    public Output<string> ServiceName { get; }
}
