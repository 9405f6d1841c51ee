using System.Buffers.Binary;
using System.IO.Compression;

namespace Infra.Components.Tests.Support;

/// <summary>A decoded 8-bit RGB or RGBA PNG (what Chromium's screenshots are), as RGB pixels.</summary>
internal sealed record PngPixels(int Width, int Height, byte[] Rgb)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static PngPixels Decode(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }
        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var bitDepth = data[8];
                colorType = data[9];
                if (bitDepth != 8 || colorType is not (2 or 6) || data[12] != 0)
                {
                    throw new InvalidDataException($"unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {data[12]}");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }
        var channels = colorType == 6 ? 4 : 3;
        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        idat.Position = 0;
        using (var inflate = new ZLibStream(idat, CompressionMode.Decompress))
        {
            inflate.ReadExactly(raw);
        }
        var rgb = new byte[width * height * 3];
        var previous = new byte[stride];
        var line = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            raw.AsSpan((y * (stride + 1)) + 1, stride).CopyTo(line);
            Unfilter(filter, line, previous, channels);
            for (var x = 0; x < width; x++)
            {
                line.AsSpan(x * channels, 3).CopyTo(rgb.AsSpan(((y * width) + x) * 3));
            }
            (previous, line) = (line, previous);
        }
        return new PngPixels(width, height, rgb);
    }

    /// <summary>How many different colours the picture has.</summary>
    public int DistinctColors()
    {
        var colors = new HashSet<int>();
        for (var i = 0; i < Rgb.Length; i += 3)
        {
            colors.Add((Rgb[i] << 16) | (Rgb[i + 1] << 8) | Rgb[i + 2]);
        }
        return colors.Count;
    }

    /// <summary>The share of pixels that are not white.</summary>
    public double InkRatio()
    {
        var ink = 0;
        for (var i = 0; i < Rgb.Length; i += 3)
        {
            if (Rgb[i] < 250 || Rgb[i + 1] < 250 || Rgb[i + 2] < 250)
            {
                ink++;
            }
        }
        return (double)ink / (Width * Height);
    }

    /// <summary>How many pixels have exactly this colour (#rrggbb).</summary>
    public int Count(string hex)
    {
        var (r, g, b) = (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));
        var count = 0;
        for (var i = 0; i < Rgb.Length; i += 3)
        {
            if (Rgb[i] == r && Rgb[i + 1] == g && Rgb[i + 2] == b)
            {
                count++;
            }
        }
        return count;
    }

    private static void Unfilter(byte filter, byte[] line, byte[] previous, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= bpp ? line[i - bpp] : 0;
            int up = previous[i];
            int upLeft = i >= bpp ? previous[i - bpp] : 0;
            line[i] = filter switch
            {
                0 => line[i],
                1 => (byte)(line[i] + left),
                2 => (byte)(line[i] + up),
                3 => (byte)(line[i] + ((left + up) / 2)),
                4 => (byte)(line[i] + Paeth(left, up, upLeft)),
                _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
