namespace Infra.Fuzz.Tests.Harness;

/// <summary>What every run on hostile content must satisfy: an allowed exit code, no crash, a located error.</summary>
public static class OutcomeChecks
{
    /// <summary>Null when <paramref name="outcome"/> is well-behaved, else why not.</summary>
    public static string? Problem(FuzzTarget target, FuzzOutcome outcome)
    {
        if (!target.AllowedExitCodes.Contains(outcome.ExitCode))
        {
            return $"exit code {outcome.ExitCode} is not one of {string.Join(", ", target.AllowedExitCodes)}";
        }
        if (outcome.Error.Contains("Exception", StringComparison.Ordinal) || outcome.Error.Contains("   at ", StringComparison.Ordinal))
        {
            return "an exception escaped to the user";
        }
        // A rejection is located: it names the fuzzed file, or (a render of several files) the input it blames.
        var inputs = target.Args.Where(a => a.EndsWith(".yaml", StringComparison.Ordinal) || a.EndsWith(".json", StringComparison.Ordinal) || a.EndsWith(".rego", StringComparison.Ordinal)).Append(target.FileName);
        if (outcome.ExitCode == 2 && !inputs.Any(file => outcome.Error.Contains(file, StringComparison.Ordinal)))
        {
            return $"the error does not name {target.FileName}";
        }
        return null;
    }
}
