using System.CommandLine;
using System.Text.RegularExpressions;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary><c>infra new TEMPLATE</c>: scaffolds a project.</summary>
internal static partial class NewCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("new", "Create a project from a template (csharp: a minimal C# stack with a random password and an output).");
        var template = new Argument<string>("template") { Description = "The template: csharp." };
        template.AcceptOnlyFromAmong("csharp");
        var name = new Option<string?>("--name", "-n") { Description = "The project name (default: the folder name)." };
        var directory = new Option<string?>("--dir") { Description = "The folder to create the project in (default: the current folder)." };
        var force = new Option<bool>("--force") { Description = "Write even when the folder is not empty." };
        command.Add(template);
        command.Add(name);
        command.Add(directory);
        command.Add(force);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var target = context.ResolvePath(result.GetValue(directory) ?? ".");
            var project = result.GetValue(name) ?? Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar));
            if (!ProjectName().IsMatch(project))
            {
                throw new InputException($"invalid project name '{project}': start with a letter; use letters, digits, '-', '_' and '.'.");
            }
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !result.GetValue(force))
            {
                throw new InputException($"{target} is not empty; choose an empty folder or pass --force.");
            }
            Directory.CreateDirectory(target);
            var className = string.Concat(project.Split('-', '_', '.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])) + "Stack";
            var files = CSharpTemplate.Files(project, className);
            foreach (var (file, content) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(target, file), content, cancellationToken).ConfigureAwait(false);
            }
            await context.Out.WriteLineAsync($"Created project '{project}' in {target}: {string.Join(", ", files.Keys)}.").ConfigureAwait(false);
            await context.Out.WriteLineAsync("Next: `infra stack init dev`, then `infra preview` and `infra up`.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex ProjectName();
}
