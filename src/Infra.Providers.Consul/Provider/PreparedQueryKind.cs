using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="PreparedQuery"/>: <c>/v1/query</c>. Create POSTs and gets the query's ID back; read (GET answers a
/// one-element array), update (PUT) and delete go by that ID, which is also what import takes. Every field is compared
/// with the live query.
/// </summary>
internal sealed class PreparedQueryKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["name", "service", "onlyPassing", "tags", "nearestN", "failoverDatacenters", "dnsTtlSeconds"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = [];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["queryId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        Require(inputs, "service", failures);
        foreach (var key in new[] { "nearestN", "dnsTtlSeconds" })
        {
            if (Props.Whole(inputs, key) is < 0)
            {
                failures.Add(new CheckFailure(key, "must be zero or more"));
            }
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var answer = await consul.PostJsonAsync("query", Body(request.Inputs), cancellationToken).ConfigureAwait(false);
        var id = Props.JsonText(answer?["ID"]);
        if (id.Length == 0)
        {
            throw new ProviderException("Consul's answer to POST /v1/query has no ID.");
        }
        return new CreateResponse(id, await LiveAsync(consul, id, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Consul created prepared query '{id}' but does not return it on read."));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null || await LiveAsync(consul, request.Id, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(request.Id, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var body = Body(request.NewInputs);
        body["ID"] = request.Id;
        await consul.PutJsonAsync("query/" + request.Id, body, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(await LiveAsync(consul, request.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"prepared query '{request.Id}' disappeared while it was being updated."));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("query/" + request.Id, cancellationToken);

    private static JsonObject Body(PropertyMap inputs)
    {
        var service = new JsonObject
        {
            ["Service"] = Props.Text(inputs, "service"),
            ["OnlyPassing"] = Props.Flag(inputs, "onlyPassing") ?? false,
            ["Tags"] = new JsonArray(Props.Texts(inputs, "tags").Select(t => (JsonNode?)t).ToArray()),
            ["Failover"] = new JsonObject
            {
                ["NearestN"] = Props.Whole(inputs, "nearestN") ?? 0,
                ["Datacenters"] = new JsonArray(Props.Texts(inputs, "failoverDatacenters").Select(d => (JsonNode?)d).ToArray()),
            },
        };
        var body = new JsonObject { ["Name"] = Props.Text(inputs, "name"), ["Service"] = service };
        if (Props.Whole(inputs, "dnsTtlSeconds") is { } ttl)
        {
            body["DNS"] = new JsonObject { ["TTL"] = ttl + "s" };
        }
        return body;
    }

    private static async Task<PropertyMap?> LiveAsync(ConsulClient consul, string id, CancellationToken cancellationToken)
    {
        if ((await consul.ReadAsync("query/" + id, cancellationToken).ConfigureAwait(false)) is not JsonArray { Count: > 0 } queries || queries[0] is not JsonObject query)
        {
            return null;
        }
        var service = query["Service"] as JsonObject ?? [];
        var ttl = Props.JsonText(query["DNS"]?["TTL"]).TrimEnd('s');
        return PropertyMap.Create(
            ("queryId", PropertyValue.Create(id)),
            ("name", PropertyValue.Create(Props.JsonText(query["Name"]))),
            ("service", PropertyValue.Create(Props.JsonText(service["Service"]))),
            ("onlyPassing", PropertyValue.Create(service["OnlyPassing"] is JsonValue passing && passing.GetValue<bool>())),
            ("tags", Props.Strings(service["Tags"] is JsonArray tags ? tags.Select(Props.JsonText) : [])),
            ("nearestN", PropertyValue.Create(Props.JsonWhole(service["Failover"]?["NearestN"]))),
            ("failoverDatacenters", Props.Strings(service["Failover"]?["Datacenters"] is JsonArray dcs ? dcs.Select(Props.JsonText) : [])),
            ("dnsTtlSeconds", PropertyValue.Create(long.TryParse(ttl, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 0)));
    }
}
