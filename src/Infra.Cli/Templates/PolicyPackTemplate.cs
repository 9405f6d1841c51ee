using System.Text.RegularExpressions;

namespace Infra.Cli.Templates;

/// <summary>
/// The <c>policy-pack</c> template: a Rego v1 pack (policy-pack.yaml, a mandatory label rule, an advisory image-tag
/// rule) with <c>_test.rego</c> tests that <c>infra policy test DIR</c> runs.
/// </summary>
internal static partial class PolicyPackTemplate
{
    public static IReadOnlyDictionary<string, string> Files(TemplateRequest request)
    {
        var package = RegoName(request.Project);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["policy-pack.yaml"] = $"""
                name: {request.Project}
                version: 0.1.0
                description: Kubernetes objects carry the labels operations relies on, and images are pinned.
                config:
                  requiredLabels: [app.kubernetes.io/name]
                policies:
                  - name: required-labels
                    package: {package}.labels
                    enforcement: mandatory
                    severity: medium
                    remediation: Add the labels listed in the pack's requiredLabels config to metadata.labels.
                  - name: pinned-images
                    package: {package}.images
                    enforcement: advisory
                    severity: low
                    remediation: Use an image tag other than latest, or a digest (image@sha256:...).

                """,
            ["labels.rego"] = $$"""
                package {{package}}.labels

                # Objects that are created or updated (deletes are not judged by their labels).
                changed contains r if {
                	some r in input.resources
                	r.kind in {"create", "update", "replace"}
                	startswith(r.type, "kubernetes:")
                	r.inputs.manifest.metadata
                }

                deny contains {"msg": msg, "urn": r.urn} if {
                	some r in changed
                	some label in data.config.requiredLabels
                	not r.inputs.manifest.metadata.labels[label]
                	msg := sprintf("%s %s has no %s label", [r.inputs.manifest.kind, r.inputs.manifest.metadata.name, label])
                }

                """,
            ["images.rego"] = $$"""
                package {{package}}.images

                containers(manifest) := manifest.spec.template.spec.containers if manifest.spec.template.spec.containers
                containers(manifest) := manifest.spec.containers if manifest.spec.containers

                unpinned(image) if endswith(image, ":latest")
                unpinned(image) if not contains(image, ":")

                warn contains {"msg": msg, "urn": r.urn} if {
                	some r in input.resources
                	r.kind != "delete"
                	some container in containers(r.inputs.manifest)
                	unpinned(container.image)
                	msg := sprintf("%s %s: container %s uses the unpinned image %s", [r.inputs.manifest.kind, r.inputs.manifest.metadata.name, container.name, container.image])
                }

                """,
            [package + "_test.rego"] = $$$$"""
                package {{{{package}}}}_test

                import data.{{{{package}}}}.images
                import data.{{{{package}}}}.labels

                config := {"requiredLabels": ["app.kubernetes.io/name"]}

                plan(kind, labels, image) := {"resources": [{
                	"urn": "urn:pulumi:dev::app::kubernetes:apps/v1:Deployment::web",
                	"type": "kubernetes:apps/v1:Deployment",
                	"kind": kind,
                	"inputs": {"manifest": {
                		"apiVersion": "apps/v1",
                		"kind": "Deployment",
                		"metadata": {"name": "web", "labels": labels},
                		"spec": {"template": {"spec": {"containers": [{"name": "app", "image": image}]}}},
                	}},
                }]}

                test_missing_label_denied if {
                	count(labels.deny) == 1 with input as plan("create", {}, "nginx:1.27") with data.config as config
                }

                test_labelled_object_allowed if {
                	count(labels.deny) == 0 with input as plan("create", {"app.kubernetes.io/name": "web"}, "nginx:1.27") with data.config as config
                }

                test_delete_not_judged if {
                	count(labels.deny) == 0 with input as plan("delete", {}, "nginx:1.27") with data.config as config
                }

                test_latest_image_warned if {
                	count(images.warn) == 1 with input as plan("create", {}, "nginx:latest")
                }

                test_untagged_image_warned if {
                	count(images.warn) == 1 with input as plan("update", {}, "nginx")
                }

                test_pinned_image_not_warned if {
                	count(images.warn) == 0 with input as plan("create", {}, "nginx:1.27")
                }

                """,
            ["README.md"] = $"""
                # {request.Project}

                A policy pack for Infra. `infra policy test .` runs the `test_*` rules in `{package}_test.rego`;
                `infra preview --policy-pack DIR` (or `policyPacks:` in Pulumi.yaml) applies the pack to every plan.
                `required-labels` blocks a plan (mandatory); `pinned-images` only warns (advisory).

                """,
        };
    }

    /// <summary>The project name as a Rego identifier: <c>acme-policies</c> becomes <c>acme_policies</c>.</summary>
    internal static string RegoName(string project) => NonIdentifier().Replace(project.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NonIdentifier();
}
