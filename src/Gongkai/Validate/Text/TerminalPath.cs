using System.Text.RegularExpressions;

namespace Gongkai.Validate.Text;

/// <summary>
/// The code path the standard explanations put before a line item's amount: “××（类）××（款）××（项）：2025年预算数为”
/// (the 项 optional; the 类 too, when a list item continues the one before it; a comma may follow the 款). Names are
/// cleaned as <see cref="TextMeaning"/> cleans words (no spaces or quotes).
/// </summary>
internal sealed partial record TerminalPath(string? Lei, string Kuan, string? Xiang, string Words)
{
    /// <summary>The name that finds the row: the 项's, or the 款's when the path stops there.</summary>
    public string Last => Xiang ?? Kuan;

    public static TerminalPath? Parse(string words)
    {
        var match = Path().Match(words);
        if (!match.Success)
        {
            return null;
        }

        string? Group(string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
        return new TerminalPath(Group("lei"), match.Groups["kuan"].Value, Group("xiang"), match.Value.TrimEnd('：', ':'));
    }

    // Anchored at the end: the path must be what the amount follows, with at most “：”, the year and 预算数/预算 between.
    [GeneratedRegex(@"(?:(?<lei>[^、，。；：:（）()0-9.]+)[（(]类[）)])?(?<kuan>[^、，。；：:]+?)[（(]款[）)][，,]?(?:(?<xiang>[^、，。；：:]+?)[（(]项[）)])?[：:]?(?:[0-9]{4}年)?(?:度)?(?:预算数|预算|预算安排)?$")]
    private static partial Regex Path();
}
