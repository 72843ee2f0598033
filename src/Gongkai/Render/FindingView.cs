using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>
/// One distinct finding as citizens see it (partial findings.hbs): diagnostics that share an acknowledged note (or, when
/// open, the same message) are one finding with the cells they concern listed. Citizens read a plain heading, the items
/// and the note; the rule codes and the checker's own wording sit in a details element for maintainers. Numbers run
/// from 1 in page order, so a table's "※" marker links to its own note (#finding-N).
/// </summary>
internal sealed record FindingView(
    int Number,
    string Heading,
    string Status,
    string Css,
    IReadOnlyList<string> Items,
    string? Note,
    string Codes,
    IReadOnlyList<string> Details)
{
    public string Anchor => Anchors.Finding(Number);

    /// <summary>The accessible name of this finding's markers and the label before its heading.</summary>
    public string Label => $"数据核对说明 {Number}";

    public static List<FindingView> From(IEnumerable<Diagnostic> findings) =>
        [.. Group(findings).Select((g, i) => View(i + 1, g))];

    /// <summary>
    /// The finding numbers that concern each row of one table (by code, name or project, as findings name rows), in the
    /// same numbering as <see cref="From"/> over the same list.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>> RowNumbers(IEnumerable<Diagnostic> findings, string table)
    {
        var numbers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (group, index) in Group(findings).Select((g, i) => (g, i + 1)))
        {
            foreach (var row in group.Where(f => f.Table == table).SelectMany(f => f.Row).Distinct(StringComparer.Ordinal))
            {
                if (!numbers.TryGetValue(row, out var list))
                {
                    numbers[row] = list = [];
                }

                list.Add(index);
            }
        }

        return numbers.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value, StringComparer.Ordinal);
    }

    private static List<List<Diagnostic>> Group(IEnumerable<Diagnostic> findings)
    {
        // Acknowledged findings group by their note (one note may cover many cells); open ones by their message.
        var groups = new List<List<Diagnostic>>();
        var byKey = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            var key = f.AcknowledgedNote is { } note ? "ack\u0000" + note : $"{f.Severity}\u0000{f.Code}\u0000{Plain(f.Message)}";
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
                groups.Add(group);
            }

            group.Add(f);
        }

        return groups;
    }

    private static FindingView View(int number, List<Diagnostic> group)
    {
        var first = group[0];
        var (status, css) = first.AcknowledgedNote is not null ? ("原文如此，已说明", "ack") : first.Severity switch
        {
            Severity.Error => ("尚未说明的问题", "error"),
            Severity.Warning => ("提示", "warning"),
            _ => ("舍入差异", "info"),
        };
        var codes = group.Select(f => f.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FindingView(
            number,
            FindingHeadings.For(first.Code),
            status,
            css,
            [.. group.Select(f => Plain(f.Message)).Distinct(StringComparer.Ordinal)],
            first.AcknowledgedNote,
            string.Join("、", codes),
            [.. group.Select(f => $"{f.Code}：{f.Message}").Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The message without the maintainer's instruction ("；请核对原表；若原文如此，在 findings.yml 中确认…").</summary>
    internal static string Plain(string message)
    {
        var cut = message.IndexOf("；请", StringComparison.Ordinal);
        var text = cut < 0 ? message : message[..cut];
        var rounding = text.IndexOf("；差额在舍入容差之内", StringComparison.Ordinal);
        return (rounding < 0 ? text : text[..rounding]).TrimEnd('。', '；') + "。";
    }
}
