namespace Infra.Compositions.Function;

/// <summary>A function result (all results target the composite).</summary>
internal sealed record FunctionResult(string Severity, string Message)
{
    public const string Fatal = "SEVERITY_FATAL";
    public const string Warning = "SEVERITY_WARNING";
    public const string Normal = "SEVERITY_NORMAL";
}
