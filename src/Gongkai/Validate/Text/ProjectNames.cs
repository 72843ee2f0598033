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

    /// <summary>
    /// Same, or two long names that differ by a few characters (表11 writes 自然科学基金 where the target sheet writes
    /// 自然基金): at most one edit per 10 characters, at least 12 characters. Used where the list to match is short
    /// (a disclosure's carry-over projects), so a near miss cannot pick the wrong project.
    /// </summary>
    public static bool Similar(string a, string b)
    {
        if (Same(a, b))
        {
            return true;
        }

        var x = Normalize(a, keepNote: true);
        var y = Normalize(b, keepNote: true);
        var shorter = Math.Min(x.Length, y.Length);
        return shorter >= 12 && Math.Abs(x.Length - y.Length) <= shorter / 10 && Distance(x, y) <= Math.Max(2, shorter / 10);
    }

    /// <summary>Edit distance over two rows (the names are short; a full table is not needed).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Drops whitespace, quotes, punctuation and a trailing parenthesised note: 经费(24 年项目+23 年结转资金) → 经费.</summary>
    public static string Normalize(string name, bool keepNote = false)
    {
        var text = name.Trim().TrimEnd('.', '。', '；', ';');
        if (keepNote)
        {
            // Only the funding note (上年结转资金, 24 年项目+23 年结转资金) is dropped; a project's own subtitle stays.
            foreach (var note in new[] { "（上年结转资金）", "(上年结转资金)" })
            {
                text = text.EndsWith(note, StringComparison.Ordinal) ? text[..^note.Length] : text;
            }
        }
        else if (text.EndsWith(')') || text.EndsWith('）'))
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
