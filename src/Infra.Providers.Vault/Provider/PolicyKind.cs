using System.Text.Json.Nodes;
using Infra.Hcl;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="Policy"/>: an ACL policy at <c>sys/policies/acl/{name}</c>. ID = name. The HCL text is checked for syntax
/// before any call, and compared with the live text so a policy edited by hand shows as drift.
/// </summary>
internal sealed class PolicyKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["name", "policy"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["name"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        Require(inputs, "policy", failures);
        if (Props.Text(inputs, "name") is { } name && (name.Contains('/') || name is "root"))
        {
            failures.Add(new CheckFailure("name", $"'{name}' cannot be managed: policy names have no '/' and 'root' is built in"));
        }
        if (Props.Text(inputs, "policy") is { Length: > 0 } text && HclSyntaxChecker.FindError(text) is { } error)
        {
            failures.Add(new CheckFailure("policy", "HCL syntax error at " + error));
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var name = Props.Text(request.Inputs, "name")!;
        if (await LiveTextAsync(vault, name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"Vault policy '{name}' already exists; Infra does not overwrite policies it did not create: import it or choose another name.");
        }
        await WriteAsync(vault, name, request.Inputs, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(name, request.Inputs);
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var name = request.Id ?? Props.Text(request.Inputs, "name");
        if (name is null || await LiveTextAsync(vault, name, cancellationToken).ConfigureAwait(false) is not { } text)
        {
            return ReadResponse.NotFound;
        }
        var live = PropertyMap.Create(("name", PropertyValue.Create(name)), ("policy", PropertyValue.Create(text)));
        return new ReadResponse(name, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        await WriteAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(request.NewInputs);
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync($"sys/policies/acl/{request.Id}", cancellationToken);

    private static Task WriteAsync(VaultClient vault, string name, PropertyMap inputs, CancellationToken cancellationToken) =>
        vault.WriteAsync($"sys/policies/acl/{name}", new JsonObject { ["policy"] = Props.Text(inputs, "policy") }, cancellationToken);

    private static async Task<string?> LiveTextAsync(VaultClient vault, string name, CancellationToken cancellationToken)
    {
        var answer = await vault.ReadAsync($"sys/policies/acl/{name}", cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Props.JsonText(answer["data"]?["policy"] ?? answer["policy"]);
    }
}
