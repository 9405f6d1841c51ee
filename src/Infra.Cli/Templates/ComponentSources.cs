namespace Infra.Cli.Templates;

/// <summary>The C# sources of the <c>component</c> template's package.</summary>
internal static class ComponentSources
{
    public static string Args(ComponentNames n) => $$"""
        namespace {{n.Namespace}};

        /// <summary>The settings of a <see cref="{{n.Component}}"/>.</summary>
        public sealed record {{n.Component}}Args
        {
            /// <summary>The namespace every object goes to (an RFC 1123 label).</summary>
            public required string Namespace { get; init; }

            /// <summary>The container image.</summary>
            public string Image { get; init; } = "nginxinc/nginx-unprivileged:1.27";

            /// <summary>Pods of the Deployment (1-50).</summary>
            public int Replicas { get; init; } = 2;

            /// <summary>The port the container listens on and the Service exposes (1-65535).</summary>
            public int Port { get; init; } = 8080;

            /// <summary>Key/value settings, mounted from a ConfigMap as environment variables.</summary>
            public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        """;

    public static string Component(ComponentNames n) => $$"""
        using System.Text.RegularExpressions;
        using Infra;
        using Infra.Kubernetes;
        using k8s.Models;

        namespace {{n.Namespace}};

        /// <summary>
        /// A stateless service on Kubernetes: a Deployment running as non-root with probes and resource limits, a ClusterIP
        /// Service and a ConfigMap of settings. Invalid arguments throw a <see cref="ConfigException"/> naming them.
        /// </summary>
        public sealed partial class {{n.Component}} : ComponentResource
        {
            /// <summary>The component's type token.</summary>
            public const string TypeToken = "{{n.TypeToken}}";

            /// <summary>Creates the component's resources.</summary>
            /// <param name="name">The component name (an RFC 1123 label; names every object).</param>
            /// <param name="args">The settings.</param>
            /// <param name="options">Resource options.</param>
            public {{n.Component}}(string name, {{n.Component}}Args args, ResourceOptions? options = null)
                : base(TypeToken, name, Validated(name, args, options))
            {
                var child = new ResourceOptions { Parent = this };
                var labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["app.kubernetes.io/name"] = "{{n.Kebab}}",
                    ["app.kubernetes.io/instance"] = name,
                };
                var settings = new KubernetesResource<V1ConfigMap>($"{name}-settings", new V1ConfigMap
                {
                    ApiVersion = "v1",
                    Kind = "ConfigMap",
                    Metadata = new V1ObjectMeta { Name = $"{name}-settings", NamespaceProperty = args.Namespace, Labels = labels },
                    Data = new Dictionary<string, string>(args.Settings, StringComparer.Ordinal),
                }, child);
                _ = new KubernetesResource<V1Deployment>(name, new V1Deployment
                {
                    ApiVersion = "apps/v1",
                    Kind = "Deployment",
                    Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = args.Namespace, Labels = labels },
                    Spec = new V1DeploymentSpec
                    {
                        Replicas = args.Replicas,
                        Selector = new V1LabelSelector { MatchLabels = labels },
                        Template = new V1PodTemplateSpec
                        {
                            Metadata = new V1ObjectMeta { Labels = labels },
                            Spec = Pod(name, args),
                        },
                    },
                }, child with { DependsOn = [settings] });
                var service = new KubernetesResource<V1Service>(name + "-service", new V1Service
                {
                    ApiVersion = "v1",
                    Kind = "Service",
                    Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = args.Namespace, Labels = labels },
                    Spec = new V1ServiceSpec
                    {
                        Selector = labels,
                        Ports = [new V1ServicePort { Name = "http", Port = args.Port, TargetPort = args.Port, Protocol = "TCP" }],
                    },
                }, child);

                Endpoint = service.Object.Apply(s => $"http://{s.Metadata.Name}.{s.Metadata.NamespaceProperty}.svc.cluster.local:{args.Port}");
                RegisterOutputs(new Dictionary<string, object?> { ["endpoint"] = Endpoint });
            }

            /// <summary>The Service's in-cluster URL, e.g. <c>http://web.apps.svc.cluster.local:8080</c>.</summary>
            public Output<string> Endpoint { get; }

            private static V1PodSpec Pod(string name, {{n.Component}}Args args) => new()
            {
                SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, RunAsUser = 101, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                Containers =
                [
                    new V1Container
                    {
                        Name = "app",
                        Image = args.Image,
                        Ports = [new V1ContainerPort { Name = "http", ContainerPort = args.Port }],
                        EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = $"{name}-settings" } }],
                        ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/", Port = args.Port } },
                        LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = args.Port } },
                        Resources = new V1ResourceRequirements
                        {
                            Requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["cpu"] = new("100m"), ["memory"] = new("64Mi") },
                            Limits = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["memory"] = new("128Mi") },
                        },
                        SecurityContext = new V1SecurityContext
                        {
                            AllowPrivilegeEscalation = false,
                            ReadOnlyRootFilesystem = true,
                            Capabilities = new V1Capabilities { Drop = ["ALL"] },
                        },
                    },
                ],
            };

            private static ResourceOptions? Validated(string name, {{n.Component}}Args args, ResourceOptions? options)
            {
                ArgumentNullException.ThrowIfNull(args);
                var problems = new List<string>();
                if (!DnsLabel().IsMatch(name))
                {
                    problems.Add($"name: '{name}' is not an RFC 1123 label");
                }
                if (!DnsLabel().IsMatch(args.Namespace ?? string.Empty))
                {
                    problems.Add($"Namespace: '{args.Namespace}' is not an RFC 1123 label");
                }
                if (args.Replicas is < 1 or > 50)
                {
                    problems.Add($"Replicas: must be 1-50, got {args.Replicas}");
                }
                if (args.Port is < 1 or > 65535)
                {
                    problems.Add($"Port: must be 1-65535, got {args.Port}");
                }
                return problems.Count == 0 ? options : throw new ConfigException($"{TypeToken} '{name}': {string.Join("; ", problems)}");
            }

            [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
            private static partial Regex DnsLabel();
        }

        """;
}
