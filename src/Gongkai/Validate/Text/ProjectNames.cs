using System.Text;

namespace Gongkai.Validate.Text;

/// <summary>
/// Compares project names across 表7, the explanations and the 绩效目标表, which spell the same project with
/// different spacing, quotes, brackets and a trailing note in parentheses.
/// </summary>
internal static class ProjectNames
{
    /// <summary>True when the names are the same, or one contains the other and the shorter has at least 6 characters.</summary>
    public static bool Same(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y)
        {
            return true;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 6 && longer.Contains(shorter, StringComparison.Ordinal);
    }

    /// <summary>Drops whitespace, quotes, punctuation and a trailing parenthesised note: 经费(24 年项目+23 年结转资金) → 经费.</summary>
    public static string Normalize(string name)
    {
        var text = name.Trim().TrimEnd('.', '。', '；', ';');
        if (text.EndsWith(')') || text.EndsWith('）'))
        {
            var open = Math.Max(text.LastIndexOf('('), text.LastIndexOf('（'));
            if (open > 0)
            {
                text = text[..open];
            }
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
