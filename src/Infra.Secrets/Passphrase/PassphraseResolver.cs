namespace Infra.Secrets.Passphrase;

/// <summary>
/// Finds the stack passphrase in the environment. Order: <c>INFRA_CONFIG_PASSPHRASE</c>,
/// <c>INFRA_CONFIG_PASSPHRASE_FILE</c>, <c>PULUMI_CONFIG_PASSPHRASE</c>, <c>PULUMI_CONFIG_PASSPHRASE_FILE</c>.
/// A passphrase variable that is set but empty means the empty passphrase (as in Pulumi); an empty file
/// variable is ignored. A file's contents are trimmed of surrounding whitespace.
/// </summary>
public static class PassphraseResolver
{
    /// <summary>Infra's passphrase variable.</summary>
    public const string InfraPassphraseVariable = "INFRA_CONFIG_PASSPHRASE";

    /// <summary>Infra's passphrase-file variable.</summary>
    public const string InfraPassphraseFileVariable = "INFRA_CONFIG_PASSPHRASE_FILE";

    /// <summary>Pulumi's passphrase variable, accepted for compatibility.</summary>
    public const string PulumiPassphraseVariable = "PULUMI_CONFIG_PASSPHRASE";

    /// <summary>Pulumi's passphrase-file variable, accepted for compatibility.</summary>
    public const string PulumiPassphraseFileVariable = "PULUMI_CONFIG_PASSPHRASE_FILE";

    /// <summary>Resolves the passphrase from a snapshot of environment variables.</summary>
    /// <param name="environment">Variable name to value; a missing key or null value means unset.</param>
    public static SecretsResult<string> Resolve(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Resolve(name => environment.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>Resolves the passphrase through an environment accessor.</summary>
    /// <param name="getVariable">Returns a variable's value, or null when it is unset.</param>
    public static SecretsResult<string> Resolve(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        foreach (var (valueVariable, fileVariable) in new[]
                 {
                     (InfraPassphraseVariable, InfraPassphraseFileVariable),
                     (PulumiPassphraseVariable, PulumiPassphraseFileVariable),
                 })
        {
            if (getVariable(valueVariable) is { } phrase)
            {
                return SecretsResult<string>.Success(phrase);
            }

            if (getVariable(fileVariable) is { Length: > 0 } path)
            {
                return ReadPassphraseFile(fileVariable, path);
            }
        }

        return SecretsResult<string>.Failure(
            SecretsErrorCode.PassphraseMissing,
            $"no passphrase: set {InfraPassphraseVariable} or {InfraPassphraseFileVariable} "
            + $"({PulumiPassphraseVariable} and {PulumiPassphraseFileVariable} are also accepted)");
    }

    private static SecretsResult<string> ReadPassphraseFile(string variable, string path)
    {
        try
        {
            return SecretsResult<string>.Success(File.ReadAllText(Path.GetFullPath(path)).Trim());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return SecretsResult<string>.Failure(
                SecretsErrorCode.PassphraseFileUnreadable, $"cannot read the file named by {variable} ('{path}'): {ex.Message}");
        }
    }
}
