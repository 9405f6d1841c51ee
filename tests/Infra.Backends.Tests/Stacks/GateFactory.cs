using Infra.Properties;
using Infra.Providers;

namespace Infra.Backends.Tests.Stacks;

/// <summary>Serves package <c>gate</c>; <paramref name="onCreate"/> runs inside every create.</summary>
public sealed class GateFactory(Func<CancellationToken, Task> onCreate) : IProviderFactory
{
    public string Package => "gate";

    public IProvider Create(ProviderContext context) => new GateProvider(onCreate);

    private sealed class GateProvider(Func<CancellationToken, Task> onCreate) : ProviderBase
    {
        public override async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
        {
            await onCreate(cancellationToken);
            return new CreateResponse("gate-" + Guid.NewGuid().ToString("N")[..8], PropertyMap.Empty);
        }

        public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new UpdateResponse(request.OldOutputs));

        public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
