using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Hcl;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="AclPolicy"/>: <c>/v1/acl/policy</c>. ID = the policy ID Consul assigns; Read with a name looks the policy
/// up by name (import). Rules (HCL or JSON) are checked for syntax before any call and compared with the live rules.
/// </summary>
internal sealed class AclPolicyKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["name", "description", "rules", "datacenters"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = [];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["policyId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        if (Props.Text(inputs, "rules") is { Length: > 0 } rules && RulesError(rules) is { } error)
        {
            failures.Add(new CheckFailure("rules", error));
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var answer = await consul.PutJsonAsync("acl/policy", Body(request.Inputs), cancellationToken).ConfigureAwait(false);
        var id = Props.JsonText(answer?["ID"]);
        return new CreateResponse(id, Live(answer!, id));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var answer = request.Id is { } id
            ? await consul.ReadAsync("acl/policy/" + id, cancellationToken).ConfigureAwait(false)
                ?? await consul.ReadAsync("acl/policy/name/" + Uri.EscapeDataString(id), cancellationToken).ConfigureAwait(false)
            : Props.Text(request.Inputs, "name") is { } name ? await consul.ReadAsync("acl/policy/name/" + Uri.EscapeDataString(name), cancellationToken).ConfigureAwait(false) : null;
        if (answer is not JsonObject policy)
        {
            return ReadResponse.NotFound;
        }
        var live = Live(policy, Props.JsonText(policy["ID"]));
        return new ReadResponse(live["policyId"].StringValue, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var answer = await consul.PutJsonAsync("acl/policy/" + request.Id, Body(request.NewInputs), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Live(answer!, request.Id));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("acl/policy/" + request.Id, cancellationToken);

    private static string? RulesError(string rules)
    {
        if (rules.TrimStart().StartsWith('{'))
        {
            try
            {
                using var _ = JsonDocument.Parse(rules);
                return null;
            }
            catch (JsonException e)
            {
                return $"JSON syntax error at {e.LineNumber + 1}:{e.BytePositionInLine + 1}: {e.Message}";
            }
        }
        return HclSyntaxChecker.FindError(rules) is { } error ? "HCL syntax error at " + error : null;
    }

    private static JsonObject Body(PropertyMap inputs) => new()
    {
        ["Name"] = Props.Text(inputs, "name"),
        ["Description"] = Props.Text(inputs, "description") ?? "",
        ["Rules"] = Props.Text(inputs, "rules") ?? "",
        ["Datacenters"] = new JsonArray(Props.Texts(inputs, "datacenters").Select(d => (JsonNode?)d).ToArray()),
    };

    private static PropertyMap Live(JsonNode policy, string id) => PropertyMap.Create(
        ("policyId", PropertyValue.Create(id)),
        ("name", PropertyValue.Create(Props.JsonText(policy["Name"]))),
        ("description", PropertyValue.Create(Props.JsonText(policy["Description"]))),
        ("rules", PropertyValue.Create(Props.JsonText(policy["Rules"]))),
        ("datacenters", Props.Strings(policy["Datacenters"] is JsonArray dcs ? dcs.Select(Props.JsonText) : [])));
}
