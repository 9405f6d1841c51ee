namespace Infra.Policy.Ast;

/// <summary>How a rule contributes to its document.</summary>
internal enum RuleKind
{
    /// <summary>One value at the rule's (possibly variable) path.</summary>
    Single,

    /// <summary><c>p contains x</c>: adds members to a set.</summary>
    MultiValue,

    /// <summary>A function <c>f(x) := y</c>.</summary>
    Function,
}
