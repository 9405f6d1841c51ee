using System.Text.RegularExpressions;
using Infra.Engine.Diagnostics;

namespace Infra.Engine.Workspaces;

/// <summary>Validates stack names (they become folder and key names).</summary>
public static partial class StackNames
{
    /// <summary>Throws when <paramref name="name"/> is not a valid stack name.</summary>
    public static void Validate(string name)
    {
        if (!Valid().IsMatch(name))
        {
            throw new InputException($"invalid stack name '{name}': use letters, digits, '-', '_' and '.', starting with a letter or digit (at most 100 characters).");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex Valid();
}
