namespace Infra.Etcd;

/// <summary>
/// One etcd key and its value. Creating fails when the key already exists (nothing is overwritten silently); a value
/// changed outside Infra shows up as drift on refresh, and the next <c>up</c> puts the program's value back.
/// </summary>
public sealed class Key : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "etcd:index/key:Key";

    /// <summary>Creates the resource.</summary>
    public Key(string name, KeyArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        KeyName = GetOutput<string>("key");
        Value = GetOutput<string>("value");
        LeaseId = GetOutput<string>("leaseId");
    }

    /// <summary>The key.</summary>
    public Output<string> KeyName { get; }

    /// <summary>The value.</summary>
    public Output<string> Value { get; }

    /// <summary>The attached lease ID ("" when none).</summary>
    public Output<string> LeaseId { get; }
}
