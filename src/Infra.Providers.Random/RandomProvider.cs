using System.Security.Cryptography;
using Infra.Properties;
using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.Random.RandomProviderFactory))]

namespace Infra.Random;

/// <summary>Creates the random provider.</summary>
public sealed class RandomProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => "random";

    /// <inheritdoc />
    public IProvider Create(ProviderContext context) => new RandomProvider();
}

/// <summary>
/// Generates values once and keeps them in state. Every input change (including <c>keepers</c>) forces a new
/// value, which is how Terraform's and Pulumi's random providers behave.
/// </summary>
internal sealed class RandomProvider : ProviderBase
{
    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var failures = RandomValues.Validate(Kind(request.Type), request.NewInputs);
        return Task.FromResult(new CheckResponse(request.NewInputs, failures));
    }

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        var changed = PropertyDiff.Compute(request.OldInputs, request.NewInputs);
        return Task.FromResult(new DiffResponse(changed, changed.Select(PropertyDiff.TopLevelKey).Distinct().ToList(), DeleteBeforeReplace: false));
    }

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(OutputKeys(Kind(request.Type)).Aggregate(request.Inputs, (map, key) => map.SetItem(key, PropertyValue.Unknown))));

    public override Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var inputs = request.Inputs.RevealSecrets();
        var outputs = RandomValues.Generate(Kind(request.Type), inputs).Aggregate(request.Inputs, (map, pair) => map.SetItem(pair.Key, pair.Value));
        return Task.FromResult(new CreateResponse(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), outputs));
    }

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new UpdateResponse(OutputKeys(Kind(request.Type)).Aggregate(request.NewInputs, (map, key) => request.OldOutputs.Get(key) is { } old ? map.SetItem(key, old) : map)));

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Kind(string type) => type.Split(':').Last();

    private static string[] OutputKeys(string kind) => kind switch
    {
        "RandomId" => ["hex", "b64Url", "b64Std", "dec"],
        _ => ["result"],
    };
}
