namespace Infra.Engine.Operations;

/// <summary>The CLI's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A deployment step failed.</summary>
    public const int DeploymentFailed = 1;

    /// <summary>Bad input: a file, flag, config value or state that fails its checks.</summary>
    public const int BadInput = 2;

    /// <summary>A mandatory policy blocked the plan.</summary>
    public const int PolicyBlocked = 3;

    /// <summary>The stack is locked by another run.</summary>
    public const int Locked = 4;
}
