using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>
/// One TLS resource type: its input names and defaults, which inputs are secret, how its inputs are validated
/// (tolerating unknowns during preview) and how it is generated. Outputs are the inputs plus the generated values.
/// </summary>
internal abstract class TlsResourceHandler
{
    /// <summary>The type token, e.g. <c>tls:index/privateKey:PrivateKey</c>.</summary>
    internal abstract string Type { get; }

    /// <summary>The input property names.</summary>
    internal abstract IReadOnlyList<string> InputNames { get; }

    /// <summary>The output names this resource generates (unknown until it is created).</summary>
    internal abstract IReadOnlyList<string> GeneratedOutputs { get; }

    /// <summary>Generated outputs that are secret.</summary>
    internal virtual IReadOnlyList<string> SecretOutputs => [];

    /// <summary>Inputs holding private keys: always stored as secrets, even when the program passed plain text.</summary>
    internal virtual IReadOnlyList<string> SecretInputs => [];

    /// <summary>Inputs whose change is applied in place; every other input change replaces the resource.</summary>
    internal virtual IReadOnlyList<string> InPlaceInputs => [];

    /// <summary>Values filled in for absent inputs, so writing a default explicitly later is not a change.</summary>
    internal virtual IReadOnlyList<(string Key, PropertyValue Value)> Defaults => [];

    /// <summary>The resource name used in messages.</summary>
    internal string Name => Type.Split(':')[^1];

    /// <summary>Fills defaults, marks key inputs secret and validates every known input.</summary>
    internal CheckResponse Check(PropertyMap inputs)
    {
        var normalized = Defaults.Where(d => inputs.Get(d.Key) is null).Aggregate(inputs, (map, d) => map.SetItem(d.Key, d.Value));
        normalized = SecretInputs
            .Where(key => normalized.Get(key) is { IsNull: false, Kind: not PropertyValueKind.Secret })
            .Aggregate(normalized, (map, key) => map.SetItem(key, PropertyValue.MakeSecret(map[key])));
        var errors = new FieldErrors();
        var reader = new InputReader(normalized.RevealSecrets(), errors);
        reader.RejectUnexpected(InputNames, Name);
        Validate(reader);
        return new CheckResponse(normalized, errors.All.Select(ToFailure).ToList());
    }

    /// <summary>Generates the resource from fully known inputs.</summary>
    /// <exception cref="ProviderException">The inputs are invalid or not known (the message names the fields, never key material).</exception>
    internal GeneratedResource Create(PropertyMap inputs, DateTimeOffset now)
    {
        if (inputs.ContainsUnknowns)
        {
            throw new ProviderException($"cannot create {Name}: some inputs are still unknown");
        }
        var errors = new FieldErrors();
        var revealed = inputs.RevealSecrets();
        Validate(new InputReader(revealed, errors));
        var result = errors.Any ? errors.Fail<GeneratedResource>() : Generate(new InputReader(revealed, new FieldErrors()), now);
        if (!result.IsSuccess)
        {
            throw new ProviderException($"cannot create {Name}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
        return result.Value;
    }

    /// <summary>Outputs recomputed from the clock (renewal readiness); unchanged for resources that do not expire.</summary>
    internal virtual PropertyMap Refresh(PropertyMap inputs, PropertyMap outputs, DateTimeOffset now) => outputs;

    /// <summary>True when the recorded resource must be replaced now regardless of inputs (an expiring certificate).</summary>
    internal virtual bool DueForReplacement(PropertyMap inputs, PropertyMap outputs, DateTimeOffset now) => false;

    /// <summary>Validates the inputs that are known; unknown ones are skipped (they are checked again at create).</summary>
    protected abstract void Validate(InputReader reader);

    /// <summary>Generates the resource; only called after <see cref="Validate"/> passed on fully known inputs.</summary>
    protected abstract TlsResult<GeneratedResource> Generate(InputReader reader, DateTimeOffset now);

    private static CheckFailure ToFailure(TlsFieldError error)
    {
        var reason = error.Message.StartsWith(error.Field + " ", StringComparison.Ordinal) ? error.Message[(error.Field.Length + 1)..] : error.Message;
        return new CheckFailure(error.Field, reason);
    }
}
