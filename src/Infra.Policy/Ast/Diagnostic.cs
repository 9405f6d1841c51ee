using System.Text;

namespace Infra.Policy.Ast;

/// <summary>A user-facing error with a location, e.g. a parse, compile or evaluation error.</summary>
/// <param name="Code">OPA error code such as <c>rego_parse_error</c> or <c>eval_type_error</c>.</param>
/// <param name="Message">What went wrong, in words a Rego author understands.</param>
/// <param name="Span">Where it went wrong; <see cref="SourceSpan.None"/> when unknown.</param>
/// <param name="SourceLine">The text of the offending line, when known.</param>
public sealed record Diagnostic(string Code, string Message, SourceSpan Span, string? SourceLine = null)
{
    /// <summary>OPA's one-line layout: <c>file:line: code: message</c> (or <c>code: message</c> without a location).</summary>
    public string OpaText => Span.Line > 0 ? $"{Span.File}:{Span.Line}: {Code}: {Message}" : $"{Code}: {Message}";

    /// <summary><c>file:line:col: error code: message</c> followed by the source line and a caret.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Span.Line > 0) sb.Append(Span.File).Append(':').Append(Span.Line).Append(':').Append(Span.Column).Append(": ");
        sb.Append("error ").Append(Code).Append(": ").Append(Message);
        if (SourceLine is not null && Span.Column > 0)
        {
            sb.Append('\n').Append(SourceLine).Append('\n');
            sb.Append(new string(' ', Math.Max(0, Span.Column - 1))).Append('^');
        }
        return sb.ToString();
    }
}
