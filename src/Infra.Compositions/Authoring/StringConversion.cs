namespace Infra.Compositions.Authoring;

/// <summary>The conversions of <see cref="StringTransform.Convert"/>.</summary>
public enum StringConversion
{
    /// <summary>Upper case.</summary>
    ToUpper,

    /// <summary>Lower case.</summary>
    ToLower,

    /// <summary>Standard base64 encoding.</summary>
    ToBase64,

    /// <summary>Standard base64 decoding.</summary>
    FromBase64,

    /// <summary>Compact JSON with sorted keys.</summary>
    ToJson,

    /// <summary>SHA-1 hex digest.</summary>
    ToSha1,

    /// <summary>SHA-256 hex digest.</summary>
    ToSha256,

    /// <summary>SHA-512 hex digest.</summary>
    ToSha512,

    /// <summary>Adler-32 checksum in decimal.</summary>
    ToAdler32,
}
