using Infra.Consul;

namespace Infra.Components.Consul;

/// <summary>
/// A Consul's day-one access setup: per mesh service a least-privilege ACL policy, a role and a token, a
/// service-intentions entry per called service allowing exactly its callers, and (by default) a <c>*</c> deny-all
/// intention. Every resource uses one explicit <see cref="ConsulConnection"/> built from the arguments, which may be
/// outputs of the <see cref="ConsulCluster"/> that runs Consul. Invalid arguments throw a <see cref="ConfigException"/>.
/// </summary>
public sealed class ConsulBaseline : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:components:ConsulBaseline";

    /// <summary>Creates the configuration's resources.</summary>
    /// <param name="name">The component name.</param>
    /// <param name="args">Where Consul is and which services talk to which.</param>
    /// <param name="options">Resource options.</param>
    public ConsulBaseline(string name, ConsulBaselineArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var child = new ResourceOptions { Parent = this };
        var connection = new ConsulConnection { Address = args.Address, CaCertPem = args.CaCertPem, Token = args.Token, Apply = args.Apply };
        var tokens = new Dictionary<string, Output<string>>(StringComparer.Ordinal);

        foreach (var service in args.Services)
        {
            var policy = new AclPolicy($"{name}-{service.Name}-policy", new AclPolicyArgs
            {
                Connection = connection,
                Name = $"service-{service.Name}",
                Description = $"{service.Name}: register itself, discover others",
                Rules = ConsulAccessRules.ServicePolicy(service.Name),
            }, child);
            var role = new AclRole($"{name}-{service.Name}-role", new AclRoleArgs
            {
                Connection = connection,
                Name = $"service-{service.Name}",
                Policies = new InputList<string> { policy.PolicyName },
            }, child);
            var token = new AclToken($"{name}-{service.Name}-token", new AclTokenArgs
            {
                Connection = connection,
                Description = $"{service.Name} service token",
                Roles = new InputList<string> { role.RoleName },
            }, child);
            tokens[service.Name] = token.AccessorId;
        }

        var denyAll = args.DefaultDeny
            ? new ConfigEntry($"{name}-deny-all", new ConfigEntryArgs { Connection = connection, Kind = "service-intentions", Name = "*", Config = ConsulAccessRules.IntentionsConfig(["*"], "deny") }, child)
            : null;
        foreach (var (destination, sources) in ConsulAccessRules.Intentions(args.Services))
        {
            _ = new ConfigEntry($"{name}-{destination}-intentions", new ConfigEntryArgs
            {
                Connection = connection,
                Kind = "service-intentions",
                Name = destination,
                Config = ConsulAccessRules.IntentionsConfig(sources, "allow"),
            }, denyAll is null ? child : child with { DependsOn = [denyAll] });
        }

        TokenAccessorIds = tokens;
        RegisterOutputs(tokens.ToDictionary(t => $"{t.Key}TokenAccessorId", t => (object?)t.Value, StringComparer.Ordinal));
    }

    /// <summary>Each service's token AccessorID (the SecretID stays inside Consul and the token's secret output).</summary>
    public IReadOnlyDictionary<string, Output<string>> TokenAccessorIds { get; }

    private static ResourceOptions? Validated(string name, ConsulBaselineArgs args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var check = new ArgumentCheck($"ConsulBaseline '{name}'");
        var names = args.Services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < args.Services.Count; i++)
        {
            var service = args.Services[i];
            check.DnsLabel(service.Name, $"{nameof(args.Services)}[{i}].{nameof(service.Name)}")
                .Require(args.Services.Take(i).All(s => s.Name != service.Name), $"{nameof(args.Services)}[{i}].{nameof(service.Name)}", $"'{service.Name}' is listed twice");
            foreach (var upstream in service.Upstreams.Where(u => !names.Contains(u)))
            {
                check.Require(false, $"{nameof(args.Services)}[{i}].{nameof(service.Upstreams)}", $"'{upstream}' is not one of the services");
            }
        }
        check.ThrowIfAny();
        return options;
    }
}
