using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary>A parsed Rego module.</summary>
internal sealed record Module(string File, SourceSpan Span, IReadOnlyList<string> Package, IReadOnlyList<Import> Imports, IReadOnlyList<Rule> Rules)
{
    /// <summary>Annotations on the package statement (scope <c>package</c> or <c>subpackages</c>), if any.</summary>
    public ObjectValue? PackageAnnotations { get; init; }
}
