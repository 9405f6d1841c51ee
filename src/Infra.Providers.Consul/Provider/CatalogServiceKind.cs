using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="CatalogService"/>: an external service registered on an external node with <c>/v1/catalog/register</c>
/// (the node carries <c>external-node</c> meta so no agent anti-entropy removes it). ID = <c>{node}/{serviceId}</c>.
/// Read uses <c>/v1/catalog/node/{node}</c>; delete deregisters the service, and the node when nothing else is on it.
/// A new node or service ID replaces the registration; the rest is registered again in place.
/// </summary>
internal sealed class CatalogServiceKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["node", "nodeAddress", "service", "serviceId", "address", "port", "tags", "meta"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["node", "serviceId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "node", failures);
        Require(inputs, "nodeAddress", failures);
        Require(inputs, "service", failures);
        if (Props.Whole(inputs, "port") is < 0 or > 65535)
        {
            failures.Add(new CheckFailure("port", "must be from 0 to 65535"));
        }
        if (Props.Text(inputs, "serviceId") is { } id && id.Contains('/'))
        {
            failures.Add(new CheckFailure("serviceId", $"must not contain '/', got '{id}'"));
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.ContainsKey("serviceId") || inputs.Get("service") is not { } service ? inputs : inputs.SetItem("serviceId", service);

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var (node, serviceId) = (Props.Text(request.Inputs, "node")!, Props.Text(request.Inputs, "serviceId")!);
        if (await LiveAsync(consul, node, serviceId, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"service '{serviceId}' is already registered on node '{node}'; import it (ID '{node}/{serviceId}') or choose another ID.");
        }
        return new CreateResponse($"{node}/{serviceId}", await RegisterAsync(consul, request.Inputs, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var at = request.Id?.LastIndexOf('/') ?? -1;
        var (node, serviceId) = at > 0 ? (request.Id![..at], request.Id[(at + 1)..]) : (Props.Text(request.Inputs, "node"), Props.Text(request.Inputs, "serviceId"));
        if (node is null || serviceId is null || await LiveAsync(consul, node, serviceId, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse($"{node}/{serviceId}", Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken) =>
        new(await RegisterAsync(consul, request.NewInputs, cancellationToken).ConfigureAwait(false));

    public override async Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken)
    {
        var (node, serviceId) = (Props.Text(request.Inputs, "node")!, Props.Text(request.Inputs, "serviceId")!);
        await consul.PutJsonAsync("catalog/deregister", new JsonObject { ["Node"] = node, ["ServiceID"] = serviceId }, cancellationToken).ConfigureAwait(false);
        if ((await consul.ReadAsync("catalog/node/" + Uri.EscapeDataString(node), cancellationToken).ConfigureAwait(false))?["Services"] is JsonObject { Count: 0 })
        {
            await consul.PutJsonAsync("catalog/deregister", new JsonObject { ["Node"] = node }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<PropertyMap> RegisterAsync(ConsulClient consul, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var (node, serviceId) = (Props.Text(inputs, "node")!, Props.Text(inputs, "serviceId")!);
        var service = new JsonObject
        {
            ["ID"] = serviceId,
            ["Service"] = Props.Text(inputs, "service"),
            ["Address"] = Props.Text(inputs, "address") ?? "",
            ["Port"] = Props.Whole(inputs, "port") ?? 0,
            ["Tags"] = new JsonArray(Props.Texts(inputs, "tags").Select(t => (JsonNode?)t).ToArray()),
            ["Meta"] = new JsonObject(Props.TextMap(inputs, "meta").Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
        };
        var body = new JsonObject
        {
            ["Node"] = node,
            ["Address"] = Props.Text(inputs, "nodeAddress"),
            ["NodeMeta"] = new JsonObject { ["external-node"] = "true", ["external-probe"] = "true" },
            ["Service"] = service,
        };
        await consul.PutJsonAsync("catalog/register", body, cancellationToken).ConfigureAwait(false);
        return await LiveAsync(consul, node, serviceId, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Consul accepted service '{serviceId}' on node '{node}' but does not list it.");
    }

    private static async Task<PropertyMap?> LiveAsync(ConsulClient consul, string node, string serviceId, CancellationToken cancellationToken)
    {
        var answer = await consul.ReadAsync("catalog/node/" + Uri.EscapeDataString(node), cancellationToken).ConfigureAwait(false);
        if (answer?["Services"]?[serviceId] is not JsonObject service)
        {
            return null;
        }
        return PropertyMap.Create(
            ("node", PropertyValue.Create(node)),
            ("nodeAddress", PropertyValue.Create(Props.JsonText(answer["Node"]?["Address"]))),
            ("service", PropertyValue.Create(Props.JsonText(service["Service"]))),
            ("serviceId", PropertyValue.Create(serviceId)),
            ("address", PropertyValue.Create(Props.JsonText(service["Address"]))),
            ("port", PropertyValue.Create(Props.JsonWhole(service["Port"]))),
            ("tags", Props.Strings(service["Tags"] is JsonArray tags ? tags.Select(Props.JsonText) : [])),
            ("meta", Props.Map(service["Meta"] is JsonObject meta ? meta.Select(e => KeyValuePair.Create(e.Key, Props.JsonText(e.Value))) : [])));
    }
}
