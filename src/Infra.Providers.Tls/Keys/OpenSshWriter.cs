using System.Buffers.Binary;
using System.Text;

namespace Infra.Providers.Tls;

/// <summary>Builds OpenSSH wire-format public key blobs: length-prefixed strings and mpints.</summary>
internal sealed class OpenSshWriter
{
    private readonly MemoryStream _buffer = new();

    internal OpenSshWriter String(string value) => String(Encoding.ASCII.GetBytes(value));

    internal OpenSshWriter String(ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        _buffer.Write(length);
        _buffer.Write(value);
        return this;
    }

    /// <summary>Writes an unsigned big-endian integer as an SSH mpint (no leading zeros, a 0x00 if the top bit is set).</summary>
    internal OpenSshWriter MpInt(ReadOnlySpan<byte> unsignedBigEndian)
    {
        var start = 0;
        while (start < unsignedBigEndian.Length && unsignedBigEndian[start] == 0)
        {
            start++;
        }

        var trimmed = unsignedBigEndian[start..];
        if (trimmed.Length > 0 && (trimmed[0] & 0x80) != 0)
        {
            var padded = new byte[trimmed.Length + 1];
            trimmed.CopyTo(padded.AsSpan(1));
            return String(padded);
        }

        return String(trimmed);
    }

    internal byte[] ToArray() => _buffer.ToArray();
}
