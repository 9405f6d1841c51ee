using k8s.Models;

namespace Infra.Components.Etcd;

/// <summary>Jobs and CronJobs that run <c>etcdctl</c> against one cluster: defragmentation, snapshots, enabling auth.</summary>
internal static class EtcdJobs
{
    public static V1CronJob Defrag(EtcdTopology t, EtcdClusterArgs args, string schedule) =>
        CronJob(t, $"{t.Name}-defrag", schedule, new V1Container
        {
            Name = "defrag",
            Image = args.Image,
            Command = ["etcdctl", "defrag", "--cluster"],
            Env = EtcdctlEnv(t, args.AuthEnabled),
            VolumeMounts = ClientMounts(t),
            SecurityContext = PodDefaults.ContainerSecurity(),
            Resources = PodDefaults.TaskResources(),
        }, ClientVolumes(t));

    public static V1CronJob Backup(EtcdTopology t, EtcdClusterArgs args, EtcdMaintenanceArgs maintenance, string schedule)
    {
        var script = string.Join("\n",
            "set -eu",
            "file=/backup/snapshot-$(date -u +%Y%m%dT%H%M%SZ).db",
            "etcdctl --endpoints=\"${ETCDCTL_ENDPOINTS%%,*}\" snapshot save \"$file\"",
            $"ls -1t /backup/snapshot-*.db | tail -n +{maintenance.BackupsToKeep + 1} | xargs -r rm -f");
        var mounts = ClientMounts(t);
        mounts.Add(new V1VolumeMount { Name = "backup", MountPath = "/backup" });
        var volumes = ClientVolumes(t);
        volumes.Add(new V1Volume { Name = "backup", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = BackupClaimName(t) } });
        return CronJob(t, $"{t.Name}-backup", schedule, new V1Container
        {
            Name = "backup",
            Image = maintenance.ToolsImage,
            Command = ["/bin/sh", "-c", script],
            Env = EtcdctlEnv(t, args.AuthEnabled),
            VolumeMounts = mounts,
            SecurityContext = PodDefaults.ContainerSecurity(),
            Resources = PodDefaults.TaskResources(),
        }, volumes);
    }

    public static string BackupClaimName(EtcdTopology t) => $"{t.Name}-backup";

    public static V1PersistentVolumeClaim BackupClaim(EtcdTopology t, StorageArgs storage)
    {
        var claim = PodDefaults.VolumeClaim(BackupClaimName(t), storage);
        claim.ApiVersion = "v1";
        claim.Kind = "PersistentVolumeClaim";
        claim.Metadata = EtcdManifests.Meta(t, BackupClaimName(t));
        return claim;
    }

    /// <summary>A Job that creates the root user from the auth Secret and turns authentication on (idempotent).</summary>
    public static V1Job EnableAuth(EtcdTopology t, EtcdMaintenanceArgs? maintenance)
    {
        var script = string.Join("\n",
            "set -eu",
            "export ETCDCTL_ENDPOINTS",
            "if etcdctl user get root >/dev/null 2>&1; then echo 'root exists'; else etcdctl user add root --new-user-password=\"$ROOT_PASSWORD\"; fi",
            "etcdctl user grant-role root root || true",
            "etcdctl auth enable || true");
        var env = EtcdctlEnv(t, authEnabled: false);
        env.Add(SecretEnv("ROOT_PASSWORD", t.AuthSecret, "password"));
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = EtcdManifests.Meta(t, $"{t.Name}-enable-auth"),
            Spec = new V1JobSpec
            {
                BackoffLimit = 10,
                TtlSecondsAfterFinished = 3600,
                Template = PodTemplate(t, new V1Container
                {
                    Name = "enable-auth",
                    Image = (maintenance ?? new EtcdMaintenanceArgs()).ToolsImage,
                    Command = ["/bin/sh", "-c", script],
                    Env = env,
                    VolumeMounts = ClientMounts(t),
                    SecurityContext = PodDefaults.ContainerSecurity(),
                    Resources = PodDefaults.TaskResources(),
                }, ClientVolumes(t)),
            },
        };
    }

    private static V1CronJob CronJob(EtcdTopology t, string name, string schedule, V1Container container, List<V1Volume> volumes) => new()
    {
        ApiVersion = "batch/v1",
        Kind = "CronJob",
        Metadata = EtcdManifests.Meta(t, name),
        Spec = new V1CronJobSpec
        {
            Schedule = schedule,
            ConcurrencyPolicy = "Forbid",
            SuccessfulJobsHistoryLimit = 3,
            FailedJobsHistoryLimit = 3,
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec { BackoffLimit = 2, Template = PodTemplate(t, container, volumes) },
            },
        },
    };

    private static V1PodTemplateSpec PodTemplate(EtcdTopology t, V1Container container, List<V1Volume> volumes) => new()
    {
        Metadata = new V1ObjectMeta { Labels = PodDefaults.Labels("etcd", t.Name, "maintenance") },
        Spec = new V1PodSpec
        {
            RestartPolicy = "OnFailure",
            SecurityContext = PodDefaults.PodSecurity(1001),
            Containers = [container],
            Volumes = volumes,
        },
    };

    private static List<V1EnvVar> EtcdctlEnv(EtcdTopology t, bool authEnabled)
    {
        var env = new List<V1EnvVar> { EtcdManifests.Env("ETCDCTL_ENDPOINTS", string.Join(",", t.MemberEndpoints)) };
        if (t.Tls)
        {
            env.Add(EtcdManifests.Env("ETCDCTL_CACERT", "/etc/etcd/client/ca.crt"));
            env.Add(EtcdManifests.Env("ETCDCTL_CERT", "/etc/etcd/client/tls.crt"));
            env.Add(EtcdManifests.Env("ETCDCTL_KEY", "/etc/etcd/client/tls.key"));
        }
        if (authEnabled)
        {
            env.Add(EtcdManifests.Env("ETCDCTL_USER", "root"));
            env.Add(SecretEnv("ETCDCTL_PASSWORD", t.AuthSecret, "password"));
        }
        return env;
    }

    private static V1EnvVar SecretEnv(string name, string secret, string key) => new()
    {
        Name = name,
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secret, Key = key } },
    };

    private static List<V1VolumeMount> ClientMounts(EtcdTopology t) =>
        t.Tls ? [new V1VolumeMount { Name = "client-tls", MountPath = "/etc/etcd/client", ReadOnlyProperty = true }] : [];

    private static List<V1Volume> ClientVolumes(EtcdTopology t) =>
        t.Tls ? [EtcdManifests.SecretVolume("client-tls", t.ClientTlsSecret)] : [];
}
