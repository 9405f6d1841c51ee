namespace Infra.Engine.State;

/// <summary>Pulumi's marker for secret values in serialized state: an object with this key and value.</summary>
public static class SecretSignature
{
    /// <summary>The signature key.</summary>
    public const string Key = "4dabf18193072939515e22adb298388d";

    /// <summary>The value that marks a secret.</summary>
    public const string Value = "1b47061264138c4ac30d75fd1eb44270";
}
