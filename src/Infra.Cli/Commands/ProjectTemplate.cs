using Infra.Cli.Templates;

namespace Infra.Cli.Commands;

/// <summary>A template of <c>infra new</c>: the files it writes and the hint printed afterwards.</summary>
/// <param name="Files">The files (relative path → content) for a request.</param>
/// <param name="Next">What to run next.</param>
internal sealed record ProjectTemplate(Func<TemplateRequest, IReadOnlyDictionary<string, string>> Files, string Next);
