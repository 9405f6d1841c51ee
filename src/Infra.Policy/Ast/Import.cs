using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary><c>import data.x.y as z</c>.</summary>
internal sealed record Import(SourceSpan Span, RefTerm Path, string? Alias)
{
    public string Name => Alias ?? (Path.Path.Count > 0 && Path.Path[^1] is ScalarTerm { Value: StringValue s } ? s.Value : ((VarTerm)Path.Head).Name);
}
