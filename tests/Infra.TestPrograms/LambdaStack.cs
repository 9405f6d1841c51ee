using Infra;

namespace Infra.TestPrograms;

/// <summary>A stack whose body is a delegate, for in-process tests.</summary>
public sealed class LambdaStack : Stack
{
    /// <summary>Runs <paramref name="body"/> as the stack's constructor body.</summary>
    public LambdaStack(Action<LambdaStack> body)
    {
        body(this);
    }
}
