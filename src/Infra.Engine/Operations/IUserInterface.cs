namespace Infra.Engine.Operations;

/// <summary>How operations talk to the person running them.</summary>
public interface IUserInterface
{
    /// <summary>True when a person can answer prompts.</summary>
    bool IsInteractive { get; }

    /// <summary>Asks a yes/no question (only called when interactive).</summary>
    bool Confirm(string question);

    /// <summary>Shows an informational line.</summary>
    void Info(string message);

    /// <summary>Shows a warning.</summary>
    void Warn(string message);
}
