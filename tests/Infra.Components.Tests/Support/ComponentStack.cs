namespace Infra.Components.Tests.Support;

/// <summary>A stack whose body registers the components under test.</summary>
public sealed class ComponentStack : Stack
{
    public ComponentStack(Action body)
    {
        body();
    }
}
