using Infra.Policy.Builtins;
using Infra.Policy.Lexing;
using Infra.Policy.Parsing;
using Infra.Policy.Values;

namespace Infra.Policy;

public sealed partial class RegoEngine
{
    private Value ParseModuleValue(string file, string source)
    {
        try
        {
            var m = Parser.ParseModule(file, source, _options.ExperimentalKeywords);
            return Ast.AstJson.ModuleToValue(m);
        }
        catch (RegoSyntaxException ex)
        {
            throw BuiltinException.Error($"{ex.Span.File}:{ex.Span.Line}: rego_parse_error: {ex.Message}");
        }
    }
}
