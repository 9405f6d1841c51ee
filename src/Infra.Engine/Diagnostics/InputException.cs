namespace Infra.Engine.Diagnostics;

/// <summary>
/// The user's input is wrong (a file, a flag, config, state that fails its checks). The CLI prints the message
/// alone — no stack trace — and exits with code 2; nothing has been changed when it is thrown.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong and where.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error at a location: the message is prefixed with <c>file:line:col: </c>.</summary>
    public InputException(SourceLocation location, string message)
        : base($"{location}: {message}")
    {
        Location = location;
    }

    /// <summary>Where the error is, when it is in a file.</summary>
    public SourceLocation? Location { get; }
}
