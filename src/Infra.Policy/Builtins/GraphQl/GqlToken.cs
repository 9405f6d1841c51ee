namespace Infra.Policy.Builtins.GraphQl;

/// <summary>A GraphQL token: its kind (Name, Int, Float, String, BlockString, EOF, Invalid or the punctuator text) and value.</summary>
internal sealed record GqlToken(string Kind, string Value, int Line, int Column)
{
    /// <summary>How gqlparser names a token in "Expected X, found Y" messages.</summary>
    public string Describe() => Kind switch
    {
        "EOF" => "<EOF>",
        "Invalid" => "<Invalid>",
        "Name" or "Int" or "Float" or "String" or "BlockString" => $"{Kind} \"{Value}\"",
        _ => Kind,
    };
}
