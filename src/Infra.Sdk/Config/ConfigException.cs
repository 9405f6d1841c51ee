namespace Infra;

/// <summary>A configuration value is missing or has the wrong shape; the CLI reports it as bad input (exit code 2).</summary>
/// <param name="message">What is wrong, naming the key.</param>
public sealed class ConfigException(string message) : Exception(message);
