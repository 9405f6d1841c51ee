using System.CommandLine;
using System.Text.RegularExpressions;
using Infra.Cli.Templates;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary><c>infra new TEMPLATE</c>: scaffolds a project.</summary>
internal static partial class NewCommand
{
    // A plain dictionary of a reference type: every command builds this tree, and a FrozenDictionary over a value
    // tuple cost a few dozen methods compiled by the JIT (generic instantiations no ReadyToRun image holds) per start.
    private static readonly IReadOnlyDictionary<string, ProjectTemplate> Templates = new Dictionary<string, ProjectTemplate>(StringComparer.Ordinal)
    {
        ["csharp"] = new(CSharpTemplate.Files, "Next: `infra stack init dev`, then `infra preview` and `infra up`."),
        ["platform"] = new(PlatformTemplate.Files, "Next: `INFRA_CONFIG_PASSPHRASE=... dotnet run -- preview --stack dev` (manifests render to out/dev/ on `up`)."),
        ["component"] = new(ComponentTemplate.Files, "Next: `dotnet test` (INFRA_ACCEPT_SNAPSHOTS=1 the first time, to accept the plan snapshot), then `dotnet pack -o feed`."),
        ["policy-pack"] = new(PolicyPackTemplate.Files, "Next: `infra policy test .`, then `infra preview --policy-pack DIR` in a project."),
    };

    public static Command Build(CliContext context)
    {
        var command = new Command("new", """
            Create a project from a template:
              csharp       a minimal C# stack with a random password and an output
              platform     the full platform stack (etcd, Consul, Vault, network policies), its config schema, dev stack and policy packs
              component    a reusable component package (ComponentResource, args record, dotnet pack settings) with an xunit snapshot test
              policy-pack  a Rego policy pack with _test.rego tests (infra policy test DIR)
            Generated C# projects reference the Infra packages of this version; where they come from is up to NuGet, or to --feed:
              infra new platform --dir acme --feed ./feed --feed nuget.org   (after `dotnet pack -o feed` of the Infra projects)
            """);
        var template = new Argument<string>("template") { Description = "The template: csharp, platform, component or policy-pack." };
        template.AcceptOnlyFromAmong([.. Templates.Keys]);
        var name = new Option<string?>("--name", "-n") { Description = "The project name (default: the folder name)." };
        var directory = new Option<string?>("--dir") { Description = "The folder to create the project in (default: the current folder)." };
        var force = new Option<bool>("--force") { Description = "Write even when the folder is not empty." };
        var feeds = new Option<string[]>("--feed")
        {
            Description = "A package source for the Infra packages (repeatable): a folder made by `dotnet pack -o DIR`, a URL, or nuget.org. " +
                "Writes nuget.config listing exactly these sources in order (add nuget.org, or a folder holding the third-party packages, " +
                "after your feed) and restoring into .packages/, so a re-packed build of the same version is never shadowed by ~/.nuget/packages.",
        };
        command.Add(template);
        command.Add(name);
        command.Add(directory);
        command.Add(force);
        command.Add(feeds);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var chosen = result.GetValue(template)!;
            var target = context.ResolvePath(result.GetValue(directory) ?? ".");
            var project = result.GetValue(name) ?? Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar));
            if (!ProjectName().IsMatch(project))
            {
                throw new InputException($"invalid project name '{project}': start with a letter; use letters, digits, '-', '_' and '.', and start each '.'-separated part with a letter.");
            }
            var sources = (result.GetValue(feeds) ?? []).Select(f => PackageSources.Resolve(f, context.ResolvePath)).ToList();
            if (sources.Count > 0 && chosen == "policy-pack")
            {
                throw new InputException("--feed: a policy pack has no packages to restore; --feed applies to the csharp, platform and component templates.");
            }
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !result.GetValue(force))
            {
                throw new InputException($"{target} is not empty; choose an empty folder or pass --force.");
            }
            // Every template that restores packages gets the same nuget.config for the given feeds (none for policy-pack).
            var files = Templates[chosen].Files(new TemplateRequest(project, TemplateRequest.CurrentInfraVersion, sources))
                .Concat(PackageSources.Config(sources))
                .ToList();
            foreach (var (file, content) in files)
            {
                var path = Path.Combine(target, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
            }
            await context.Out.WriteLineAsync($"Created {chosen} project '{project}' in {target}: {files.Count} files.").ConfigureAwait(false);
            await context.Out.WriteLineAsync(Templates[chosen].Next).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*$")]
    private static partial Regex ProjectName();
}
