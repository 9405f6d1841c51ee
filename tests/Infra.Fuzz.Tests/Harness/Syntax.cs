namespace Infra.Fuzz.Tests.Harness;

/// <summary>The grammar of a fuzzed file; picks the mutation dictionary and the hostile inputs.</summary>
public enum Syntax
{
    Yaml,
    Json,
    Rego,
}
