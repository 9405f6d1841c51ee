namespace Infra.Components.Ci.Tests.Schemas;

/// <summary>Shares the parsed CRDs across the tests of a class (parsing the Argo CRDs takes seconds).</summary>
public sealed class CrdSchemasFixture
{
    public CrdSchemas Schemas { get; } = new();
}
