namespace Infra.Policy.Builtins;

/// <summary>A builtin failed; <see cref="Code"/> is <c>eval_type_error</c> or <c>eval_builtin_error</c>.</summary>
internal sealed class BuiltinException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static BuiltinException Type(string message) => new("eval_type_error", message);

    public static BuiltinException Error(string message) => new("eval_builtin_error", message);
}
