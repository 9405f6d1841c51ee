namespace Infra.Policy.Builtins.GraphQl;

/// <summary>A GraphQL syntax or validation error with its location.</summary>
internal sealed class GqlException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>OPA's text: <c>message in GraphQL string at location L:C</c>.</summary>
    public string OpaMessage => $"{(Message.EndsWith('.') && !Message.EndsWith("...", StringComparison.Ordinal) ? Message[..^1] : Message)} in GraphQL string at location {Line}:{Column}";
}
