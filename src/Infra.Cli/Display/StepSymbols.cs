using Infra.Engine.State;

namespace Infra.Cli.Display;

/// <summary>The symbols and verbs Pulumi users know: + create, ~ update, +- replace, - delete.</summary>
internal static class StepSymbols
{
    public static string Symbol(StepKind kind) => kind switch
    {
        StepKind.Create => "+",
        StepKind.Update => "~",
        StepKind.Replace => "+-",
        StepKind.Delete or StepKind.DeleteReplaced or StepKind.Remove => "-",
        StepKind.Refresh => "~",
        _ => " ",
    };

    public static string Symbol(string planKind) => planKind switch
    {
        "create" => "+",
        "update" => "~",
        "replace" => "+-",
        "delete" or "delete-replaced" or "remove" => "-",
        _ => " ",
    };

    public static string Future(StepKind kind) => kind switch
    {
        StepKind.Create => "create",
        StepKind.Update => "update",
        StepKind.Replace => "replace",
        StepKind.Delete => "delete",
        StepKind.DeleteReplaced => "delete replaced",
        StepKind.Remove => "forget",
        StepKind.Refresh => "refresh",
        _ => "same",
    };

    public static string Past(StepKind kind) => kind switch
    {
        StepKind.Create => "created",
        StepKind.Update => "updated",
        StepKind.Replace => "replaced",
        StepKind.Delete => "deleted",
        StepKind.DeleteReplaced => "deleted replaced copy",
        StepKind.Remove => "forgotten",
        StepKind.Refresh => "refreshed",
        _ => "unchanged",
    };
}
