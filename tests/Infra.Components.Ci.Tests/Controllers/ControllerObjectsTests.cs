using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.Tests.Support;
using k8s.Models;

namespace Infra.Components.Ci.Tests.Controllers;

public sealed class ControllerObjectsTests
{
    internal static TektonImages TektonImages { get; } = new()
    {
        Controller = "ghcr.io/tektoncd/pipeline/controller:v1.3.0@" + SampleArgs.Digest('a'),
        Entrypoint = "ghcr.io/tektoncd/pipeline/entrypoint:v1.3.0@" + SampleArgs.Digest('b'),
        Nop = "ghcr.io/tektoncd/pipeline/nop:v1.3.0@" + SampleArgs.Digest('c'),
        SidecarLogResults = "ghcr.io/tektoncd/pipeline/sidecarlogresults:v1.3.0@" + SampleArgs.Digest('d'),
        WorkingDirInit = "ghcr.io/tektoncd/pipeline/workingdirinit:v1.3.0@" + SampleArgs.Digest('e'),
        Shell = "cgr.dev/chainguard/busybox@" + SampleArgs.Digest('f'),
    };

    internal static ArgoWorkflowsControllerArgs ArgoArgs(string environment) => new()
    {
        Environment = environment,
        ControllerImage = "quay.io/argoproj/workflow-controller:v3.7.0@" + SampleArgs.Digest('a'),
        ExecutorImage = "quay.io/argoproj/argoexec:v3.7.0@" + SampleArgs.Digest('b'),
        ArtifactRepository = new S3ArtifactRepository("artifacts", "minio.argo.svc:9000", new SecretKeyReference("s3-creds", "accesskey"), new SecretKeyReference("s3-creds", "secretkey")) { Insecure = true },
    };

    public static TheoryData<string, int, string> Environments() => new()
    {
        { "dev", 1, "256Mi" },
        { "staging", 1, "512Mi" },
        { "prod", 2, "1Gi" },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public void Build_Tekton_SizesPerEnvironmentWithPinnedImagesAndRestrictedContext(string environment, int replicas, string memory)
    {
        var objects = TektonControllerObjects.Build(new TektonPipelinesControllerArgs { Environment = environment, Images = TektonImages });

        Assert.Equal(["Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "ConfigMap", "ConfigMap", "ConfigMap", "ConfigMap", "ConfigMap", "Deployment"], objects.Select(o => o.Kind));
        var deployment = (V1Deployment)objects.Last();
        Assert.Equal(replicas, deployment.Spec.Replicas);
        var container = deployment.Spec.Template.Spec.Containers.Single();
        Assert.Equal(memory, container.Resources.Limits["memory"].ToString());
        Assert.Matches("@sha256:[a-f0-9]{64}$", container.Image);
        Assert.All(container.Args.Where((_, i) => i % 2 == 1), image => Assert.Matches("@sha256:[a-f0-9]{64}$", image));
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal(environment, deployment.Metadata.Labels["infra.dev/environment"]);
        var flags = objects.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "feature-flags");
        Assert.Equal("stable", flags.Data["enable-api-fields"]);
    }

    [Fact]
    public void Build_TektonFeatureFlagOverride_MergesOverDefaults()
    {
        var objects = TektonControllerObjects.Build(new TektonPipelinesControllerArgs
        {
            Environment = "dev",
            Images = TektonImages,
            FeatureFlags = new Dictionary<string, string> { ["enable-api-fields"] = "beta", ["enable-cel-in-whenexpression"] = "true" },
        });

        var flags = objects.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "feature-flags").Data;
        Assert.Equal("beta", flags["enable-api-fields"]);
        Assert.Equal("true", flags["enable-cel-in-whenexpression"]);
        Assert.Equal("workspaces", flags["coschedule"]);
    }

    [Fact]
    public void Build_ArgoWorkflows_ConfiguresArtifactRepositoryAndExecutorImage()
    {
        var objects = ArgoWorkflowsControllerObjects.Build(ArgoArgs("prod"));

        var config = objects.OfType<V1ConfigMap>().Single();
        Assert.Equal("workflow-controller-configmap", config.Metadata.Name);
        Assert.Contains("bucket: \"artifacts\"", config.Data["artifactRepository"], StringComparison.Ordinal);
        Assert.Contains("name: \"s3-creds\"\n    key: \"secretkey\"", config.Data["artifactRepository"], StringComparison.Ordinal);
        var deployment = objects.OfType<V1Deployment>().Single();
        Assert.Equal(2, deployment.Spec.Replicas);
        var args = deployment.Spec.Template.Spec.Containers.Single().Args;
        Assert.Equal("quay.io/argoproj/argoexec:v3.7.0@" + SampleArgs.Digest('b'), args[args.IndexOf("--executor-image") + 1]);
        Assert.Contains(objects, o => o is V1ClusterRoleBinding);
    }

    [Fact]
    public void Build_ArgoWorkflowsNamespaced_UsesRoleAndNamespacedFlag()
    {
        var objects = ArgoWorkflowsControllerObjects.Build(ArgoArgs("dev") with { NamespacedInstall = true });

        Assert.Contains(objects, o => o is V1Role);
        Assert.DoesNotContain(objects, o => o is V1ClusterRole);
        Assert.Contains("--namespaced", objects.OfType<V1Deployment>().Single().Spec.Template.Spec.Containers.Single().Args);
    }

    public static TheoryData<string, string> UnpinnedImages() => new()
    {
        { "quay.io/argoproj/workflow-controller:v3.7.0", "argoWorkflowsController[dev].controllerImage" },
        { "quay.io/argoproj/workflow-controller@sha256:XYZ", "argoWorkflowsController[dev].controllerImage" },
        { "", "argoWorkflowsController[dev].controllerImage" },
    };

    [Theory]
    [MemberData(nameof(UnpinnedImages))]
    public void Build_UnpinnedControllerImage_ThrowsConfigExceptionNamingTheField(string image, string field)
    {
        var error = Assert.Throws<ConfigException>(() => ArgoWorkflowsControllerObjects.Build(ArgoArgs("dev") with { ControllerImage = image }));

        Assert.StartsWith(field + ": image", error.Message, StringComparison.Ordinal);
    }
}
