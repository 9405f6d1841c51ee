namespace Infra.Compositions.Transforms;

/// <summary>Strict standard-alphabet base64 decoding that reports the failing byte offset like Go's decoder.</summary>
internal static class GoBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static byte[]? Decode(string text, out int errorPosition)
    {
        errorPosition = 0;
        var input = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        var output = new List<byte>();
        var i = 0;
        while (i < input.Length)
        {
            var start = i;
            var quantum = new int[4];
            var count = 0;
            while (count < 4)
            {
                if (i >= input.Length)
                {
                    errorPosition = start;
                    return null;
                }
                var c = input[i];
                if (c == '=')
                {
                    if (count < 2)
                    {
                        errorPosition = i;
                        return null;
                    }
                    if (count == 2)
                    {
                        if (i + 1 >= input.Length || input[i + 1] != '=')
                        {
                            errorPosition = i + 1 >= input.Length ? input.Length : i + 1;
                            return null;
                        }
                        i++;
                    }
                    i++;
                    if (i < input.Length)
                    {
                        errorPosition = i;
                        return null;
                    }
                    break;
                }
                var value = Alphabet.IndexOf(c);
                if (value < 0)
                {
                    errorPosition = i;
                    return null;
                }
                quantum[count++] = value;
                i++;
            }
            var bits = (quantum[0] << 18) | (quantum[1] << 12) | (quantum[2] << 6) | quantum[3];
            output.Add((byte)(bits >> 16));
            if (count > 2) output.Add((byte)(bits >> 8));
            if (count > 3) output.Add((byte)bits);
        }
        return output.ToArray();
    }
}
