namespace Infra.Compositions.Yaml;

/// <summary>
/// The map key order of go-yaml v2 (used by <c>sigs.k8s.io/yaml</c>): rune-wise, non-letters before letters,
/// and runs of digits compared as numbers.
/// </summary>
internal sealed class YamlKeyOrder : IComparer<string>
{
    public static readonly YamlKeyOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        return Less(x, y) ? -1 : Less(y, x) ? 1 : 0;
    }

    private static bool Less(string a, string b)
    {
        var ar = a.EnumerateRunes().ToArray();
        var br = b.EnumerateRunes().ToArray();
        for (var i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i]) continue;
            var al = System.Text.Rune.IsLetter(ar[i]);
            var bl = System.Text.Rune.IsLetter(br[i]);
            if (al && bl) return ar[i].Value < br[i].Value;
            if (al || bl) return bl;
            long an = 0, bn = 0;
            if (ar[i].Value == '0' || br[i].Value == '0')
            {
                for (var j = i - 1; j >= 0 && System.Text.Rune.IsDigit(ar[j]); j--)
                {
                    if (ar[j].Value != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai, bi;
            for (ai = i; ai < ar.Length && System.Text.Rune.IsDigit(ar[ai]); ai++) an = an * 10 + (ar[ai].Value - '0');
            for (bi = i; bi < br.Length && System.Text.Rune.IsDigit(br[bi]); bi++) bn = bn * 10 + (br[bi].Value - '0');
            if (an != bn) return an < bn;
            if (ai != bi) return ai < bi;
            return ar[i].Value < br[i].Value;
        }
        return ar.Length < br.Length;
    }
}
