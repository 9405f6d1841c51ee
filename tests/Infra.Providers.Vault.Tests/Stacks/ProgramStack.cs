namespace Infra.Providers.Stacks;

/// <summary>A stack whose resources a test declares in a callback, so one test can change its program between runs.</summary>
public sealed class ProgramStack : Stack
{
    public ProgramStack(Action declare) => declare();
}
