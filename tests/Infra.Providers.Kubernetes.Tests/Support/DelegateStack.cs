namespace Infra.Providers.Kubernetes.Tests.Support;

/// <summary>A stack whose resources are registered by a delegate, so one test can vary its program between runs.</summary>
public sealed class DelegateStack : Stack
{
    public DelegateStack(Action body)
    {
        body();
    }
}
