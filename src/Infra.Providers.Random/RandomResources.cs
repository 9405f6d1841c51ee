namespace Infra.Random;

/// <summary>Arguments of <see cref="RandomString"/> and <see cref="RandomPassword"/>.</summary>
public sealed class RandomStringArgs : ResourceArgs
{
    /// <summary>How many characters (1–4096).</summary>
    public required Input<int> Length { get; init; }

    /// <summary>Include upper-case letters (default true).</summary>
    public Input<bool>? Upper { get; init; }

    /// <summary>Include lower-case letters (default true).</summary>
    public Input<bool>? Lower { get; init; }

    /// <summary>Include digits (default true).</summary>
    public Input<bool>? Numeric { get; init; }

    /// <summary>Include special characters (default: true for passwords, false for strings).</summary>
    public Input<bool>? Special { get; init; }

    /// <summary>The special characters to use instead of the default set.</summary>
    public Input<string>? OverrideSpecial { get; init; }

    /// <summary>Minimum upper-case letters.</summary>
    public Input<int>? MinUpper { get; init; }

    /// <summary>Minimum lower-case letters.</summary>
    public Input<int>? MinLower { get; init; }

    /// <summary>Minimum digits.</summary>
    public Input<int>? MinNumeric { get; init; }

    /// <summary>Minimum special characters.</summary>
    public Input<int>? MinSpecial { get; init; }

    /// <summary>Arbitrary values; changing any of them generates a new value.</summary>
    public InputMap<string>? Keepers { get; init; }
}

/// <summary>A random string, kept in state; regenerated only when its arguments change.</summary>
public sealed class RandomString : CustomResource
{
    /// <summary>Creates the resource.</summary>
    public RandomString(string name, RandomStringArgs args, ResourceOptions? options = null)
        : base("random:index/randomString:RandomString", name, args, options)
    {
        Result = GetOutput<string>("result");
    }

    /// <summary>The generated string.</summary>
    public Output<string> Result { get; }
}

/// <summary>A random password: like <see cref="RandomString"/>, but its result is a secret.</summary>
public sealed class RandomPassword : CustomResource
{
    /// <summary>Creates the resource.</summary>
    public RandomPassword(string name, RandomStringArgs args, ResourceOptions? options = null)
        : base("random:index/randomPassword:RandomPassword", name, args, options)
    {
        Result = GetOutput<string>("result");
    }

    /// <summary>The generated password (secret).</summary>
    public Output<string> Result { get; }
}

/// <summary>Arguments of <see cref="RandomId"/>.</summary>
public sealed class RandomIdArgs : ResourceArgs
{
    /// <summary>How many random bytes.</summary>
    public required Input<int> ByteLength { get; init; }

    /// <summary>A prefix for every rendering.</summary>
    public Input<string>? Prefix { get; init; }

    /// <summary>Changing any keeper generates a new ID.</summary>
    public InputMap<string>? Keepers { get; init; }
}

/// <summary>Random bytes rendered as hex, base64 and decimal.</summary>
public sealed class RandomId : CustomResource
{
    /// <summary>Creates the resource.</summary>
    public RandomId(string name, RandomIdArgs args, ResourceOptions? options = null)
        : base("random:index/randomId:RandomId", name, args, options)
    {
        Hex = GetOutput<string>("hex");
        B64Url = GetOutput<string>("b64Url");
        B64Std = GetOutput<string>("b64Std");
        Dec = GetOutput<string>("dec");
    }

    /// <summary>Hex rendering.</summary>
    public Output<string> Hex { get; }

    /// <summary>URL-safe base64 without padding.</summary>
    public Output<string> B64Url { get; }

    /// <summary>Standard base64.</summary>
    public Output<string> B64Std { get; }

    /// <summary>Decimal rendering.</summary>
    public Output<string> Dec { get; }
}

/// <summary>Arguments of <see cref="RandomInteger"/>.</summary>
public sealed class RandomIntegerArgs : ResourceArgs
{
    /// <summary>Smallest value.</summary>
    public required Input<int> Min { get; init; }

    /// <summary>Largest value.</summary>
    public required Input<int> Max { get; init; }

    /// <summary>Changing any keeper generates a new value.</summary>
    public InputMap<string>? Keepers { get; init; }
}

/// <summary>A random integer in [min, max].</summary>
public sealed class RandomInteger : CustomResource
{
    /// <summary>Creates the resource.</summary>
    public RandomInteger(string name, RandomIntegerArgs args, ResourceOptions? options = null)
        : base("random:index/randomInteger:RandomInteger", name, args, options)
    {
        Result = GetOutput<int>("result");
    }

    /// <summary>The value.</summary>
    public Output<int> Result { get; }
}
