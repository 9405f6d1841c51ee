namespace Infra.Consul;

/// <summary>
/// A prepared query (<c>/v1/query</c>): a named service lookup with tag filters, health filtering, failover to the nearest or listed datacenters, and a DNS TTL (served as <c>{name}.query.consul</c>). Everything updates in place. ID = the query ID Consul assigns; import with it.
/// </summary>
public sealed class PreparedQuery : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/preparedQuery:PreparedQuery";

    /// <summary>Creates the resource.</summary>
    public PreparedQuery(string name, PreparedQueryArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        QueryId = GetOutput<string>("queryId");
        QueryName = GetOutput<string>("name");
    }

    /// <summary>The query ID.</summary>
    public Output<string> QueryId { get; }

    /// <summary>The query name.</summary>
    public Output<string> QueryName { get; }
}
