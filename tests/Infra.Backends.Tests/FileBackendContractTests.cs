using Infra.Engine.Backends;

namespace Infra.Backends.Tests;

/// <summary>The contract suite over <see cref="FileBackend"/> in a temp folder.</summary>
public sealed class FileBackendContractTests : BackendContract
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "infra-file-backend-" + Guid.NewGuid().ToString("N")[..8]);

    protected override IStateBackend CreateBackend() => new FileBackend(_root);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
