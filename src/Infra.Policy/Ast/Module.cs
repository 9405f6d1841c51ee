namespace Infra.Policy.Ast;

/// <summary>A parsed Rego module.</summary>
internal sealed record Module(string File, SourceSpan Span, IReadOnlyList<string> Package, IReadOnlyList<Import> Imports, IReadOnlyList<Rule> Rules);
