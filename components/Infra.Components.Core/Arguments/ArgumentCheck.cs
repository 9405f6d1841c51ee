using System.Text.RegularExpressions;

namespace Infra.Components;

/// <summary>
/// Collects problems with a component's arguments and reports them all at once as a <see cref="ConfigException"/>
/// (the CLI reports it as bad input, exit code 2), each naming its argument.
/// </summary>
public sealed partial class ArgumentCheck
{
    private readonly List<string> _problems = [];

    /// <summary>Starts checking the arguments of one component.</summary>
    /// <param name="component">The component's kind and name, e.g. <c>EtcdCluster 'etcd'</c>.</param>
    public ArgumentCheck(string component)
    {
        Component = component;
    }

    /// <summary>The component being checked.</summary>
    public string Component { get; }

    /// <summary>The problems found so far, each <c>arg: message</c>.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records a problem with <paramref name="arg"/> unless <paramref name="condition"/> holds.</summary>
    public ArgumentCheck Require(bool condition, string arg, string message)
    {
        if (!condition)
        {
            _problems.Add($"{arg}: {message}");
        }
        return this;
    }

    /// <summary>Checks that a member count can form a quorum: odd, between 1 and <paramref name="max"/>, at least 3 in production.</summary>
    public ArgumentCheck QuorumMembers(int count, string arg, bool production, int max = 7)
    {
        Require(count >= 1 && count <= max, arg, $"must be between 1 and {max}, got {count}");
        Require(count < 1 || count % 2 == 1, arg, $"must be odd so a quorum survives a partition, got {count} (use {count - 1} or {count + 1})");
        Require(!production || count >= 3, arg, $"must be at least 3 in a production stack to tolerate a member failure, got {count}");
        return this;
    }

    /// <summary>Checks a volume size: a quantity in Mi, Gi or Ti, at least <paramref name="minimumMi"/> MiB.</summary>
    public ArgumentCheck StorageSize(string? size, string arg, int minimumMi = 1024)
    {
        var match = size is null ? Match.Empty : QuantityPattern().Match(size);
        if (!match.Success)
        {
            _problems.Add($"{arg}: must be a size like 10Gi (a whole number followed by Mi, Gi or Ti), got '{size}'");
            return this;
        }
        var mebibytes = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * match.Groups[2].Value switch
        {
            "Mi" => 1L,
            "Gi" => 1024L,
            _ => 1024L * 1024L,
        };
        return Require(mebibytes >= minimumMi, arg, $"must be at least {minimumMi}Mi, got {size}");
    }

    /// <summary>Checks a Kubernetes object name (RFC 1123 label).</summary>
    public ArgumentCheck DnsLabel(string? value, string arg) =>
        Require(value is not null && value.Length <= 63 && DnsLabelPattern().IsMatch(value), arg,
            $"must be a lowercase RFC 1123 label (a-z, 0-9, '-', at most 63 characters), got '{value}'");

    /// <summary>Throws a <see cref="ConfigException"/> listing every problem, if any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new ConfigException($"{Component} has invalid arguments:\n  " + string.Join("\n  ", _problems));
        }
    }

    [GeneratedRegex("^([0-9]+)(Mi|Gi|Ti)$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabelPattern();
}
