namespace Infra.Components.Ci.Tests.Support;

/// <summary>A stack whose resources are registered by a delegate.</summary>
public sealed class DelegateStack : Stack
{
    public DelegateStack(Action body)
    {
        body();
    }
}
