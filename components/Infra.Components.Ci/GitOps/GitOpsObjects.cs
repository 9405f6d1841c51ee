using System.Text.Json.Nodes;
using Infra.Components.Ci.ArgoCd;
using Infra.Components.Ci.Resources;
using k8s.Models;

namespace Infra.Components.Ci.GitOps;

/// <summary>Builds the Argo CD objects deploying each stack's rendered folder.</summary>
internal static class GitOpsObjects
{
    internal const string ResourcesFinalizer = "resources-finalizer.argocd.argoproj.io";

    internal static IReadOnlyList<ITypedCustomResource> Build(GitOpsApplicationsArgs args)
    {
        if (args.Environments.Count == 0)
        {
            throw new ConfigException("gitOps.environments: at least one stack is required.");
        }
        var duplicate = args.Environments.GroupBy(e => e.Stack).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"gitOps.environments: stack '{duplicate.Key}' is listed more than once.");
        }
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/managed-by"] = "infra" };
        if (args.UseApplicationSet)
        {
            var elements = args.Environments.Select(e => new JsonObject
            {
                ["stack"] = e.Stack,
                ["server"] = e.DestinationServer,
                ["revision"] = e.TargetRevision ?? args.TargetRevision,
            }).ToList();
            var template = new ApplicationSetTemplate(
                new ApplicationSetTemplateMetadata($"{args.NamePrefix}-{{{{.stack}}}}") { Labels = new Dictionary<string, string>(labels) { ["infra.dev/stack"] = "{{.stack}}" } },
                Spec(args, "{{.stack}}", "{{.server}}", "{{.revision}}", autoSync: args.Environments.All(e => e.AutoSync)));
            return [new ApplicationSet(new ResourceMetadata(args.NamePrefix, args.ArgoCdNamespace) { Labels = labels },
                new ApplicationSetSpec([new ApplicationSetGenerator(new ApplicationSetListGenerator(elements))], template) { GoTemplate = true, GoTemplateOptions = ["missingkey=error"] })];
        }
        return args.Environments.Select(e => (ITypedCustomResource)new Application(
            new ResourceMetadata($"{args.NamePrefix}-{e.Stack}", args.ArgoCdNamespace)
            {
                Labels = new Dictionary<string, string>(labels) { ["infra.dev/stack"] = e.Stack },
                Finalizers = [ResourcesFinalizer],
            },
            Spec(args, e.Stack, e.DestinationServer, e.TargetRevision ?? args.TargetRevision, e.AutoSync))).ToList();
    }

    internal static V1ConfigMap? HealthConfig(GitOpsApplicationsArgs args) =>
        args.HealthChecks.Count == 0 ? null : new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta
            {
                Name = "argocd-cm",
                NamespaceProperty = args.ArgoCdNamespace,
                Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "argocd-cm", ["app.kubernetes.io/part-of"] = "argocd" },
            },
            Data = args.HealthChecks.ToDictionary(h => h.ConfigKey, h => h.Lua),
        };

    private static ApplicationSpec Spec(GitOpsApplicationsArgs args, string stack, string server, string revision, bool autoSync) =>
        new(args.Project, new ApplicationSource(args.RepositoryUrl, $"{args.OutDir.TrimEnd('/')}/{stack}", revision), new ApplicationDestination(server, null))
        {
            SyncPolicy = new SyncPolicy(autoSync ? new SyncPolicyAutomated(Prune: true, SelfHeal: true) : null)
            {
                // The rendered folder carries its own Namespace objects; server-side apply matches the provider's live mode.
                SyncOptions = ["ServerSideApply=true", "PruneLast=true", "ApplyOutOfSyncOnly=true"],
                Retry = new SyncRetry(5, new SyncRetryBackoff("5s", 2, "3m")),
            },
            RevisionHistoryLimit = 10,
        };
}
