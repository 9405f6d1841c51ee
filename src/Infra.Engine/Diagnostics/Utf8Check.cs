using System.Buffers;
using System.Text.Unicode;

namespace Infra.Engine.Diagnostics;

/// <summary>Finds bytes that are not UTF-8 before a JSON reader turns them into a crash or silently keeps them.</summary>
public static class Utf8Check
{
    /// <summary>The byte offset of the first invalid UTF-8 sequence, or null when all of <paramref name="bytes"/> is valid.</summary>
    public static int? FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    break;
                }
            }
            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Throws an <see cref="InputException"/> naming the file and the offset when <paramref name="bytes"/> is not UTF-8.</summary>
    public static void ThrowIfInvalid(ReadOnlySpan<byte> bytes, string displayPath, string what)
    {
        if (FirstInvalidOffset(bytes) is { } offset)
        {
            throw new InputException($"{displayPath}: {what} is not valid UTF-8 (byte offset {offset}).");
        }
    }
}
