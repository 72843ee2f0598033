using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Tests.Fidelity;

/// <summary>
/// Splits a seed (the text extracted from a published PDF, seeds/*.txt) into its tables and reads the amounts each one prints.
/// </summary>
/// <remarks>
/// <para>
/// <b>Sections.</b> A table starts at a line holding only <c>表 N</c> (or <c>表N</c>) whose next non-blank line is a title ending
/// in 情况表 or 明细表; a table of contents line such as “- 一、 单位收支总体情况表” does not start one. The table ends where the next
/// table starts or at a line containing 第三部分 (the explanations that follow the tables), whichever comes first. A 第三部分 line
/// before the first table (the table of contents of seeds 002 and 004) closes nothing.
/// </para>
/// <para>
/// <b>Cells.</b> The extraction laid cells out in three ways (see <see cref="SeedLayout"/>); a table's layout is recognised from its
/// own lines, so no seed is special-cased by name. Whitespace inside a cell (including the full-width space U+3000 that seed 001 pads
/// cells with, and the line breaks inside its wrapped names) is dropped. A cell is <em>numeric</em> when what remains is an optional
/// minus sign, digits and at most one decimal point (<c>204.8</c>, <c>28.00</c>, <c>3192</c>, and the <c>00</c> that seed 000 prints
/// for 0 in 表10); any other non-empty cell is <em>text</em>. Amounts are compared as decimals, so <c>204.8</c> equals <c>204.80</c>.
/// </para>
/// <para>
/// <b>What is not an amount</b>, and why — every rule below removes a number from the seed side only, so a wrongly skipped number can
/// only make the check stricter for the content (a content amount then finds no partner); it can never make a wrong content amount pass:
/// </para>
/// <list type="number">
/// <item>Numbers inside a text cell: codes written together with their label (<c>201 一般公共服务支出</c>), ordinals
/// (<c>1. 一般公共预算拨款</c>), table numbers (<c>表 3</c>), years and document numbers in titles, notes and project names
/// (<c>2025 年</c>, <c>昌州财建【2024】105号</c>), staff counts in notes. Only whole cells are amounts.</item>
/// <item>Classification codes in their own 类/款/项 columns: in a row that has a text cell (the label), the integer cells before the
/// first text cell are the code's parts (<c>206 ⇥ 05 ⇥ 01 ⇥ 机构运行</c>, and seed 000's truncated <c>20 ⇥ 04</c>). A decimal is never a
/// code. A row with no text cell at all is a continuation of an amount row broken by the extraction (seed 003's <c>14.00 14.00</c>,
/// seed 001's <c>1704 ⇥ 1704 ⇥ 1704</c> after a blank line inside a wrapped name), so its numbers are amounts.</item>
/// <item>Column-number rows under the header: a row holding only <c>※</c> marks and the integers 1, 2, …, n in order
/// (<c>※ ※ ※ ※ 1 2 3</c> in seeds 002 and 003).</item>
/// <item>Seed 003 only (the <see cref="SeedLayout.Spaced"/> layout, where a label and its code are separate tokens): an integer of 3, 5
/// or 7 digits directly followed by a text token is the code of that label (<c>588.15 201 一般公共服务支出</c> in 表1); and a line
/// holding nothing but one integer is the PDF page number (the <c>9</c> between 表2 and 表3). Seed 003 prints every amount with two
/// decimals, so neither rule can take an amount.</item>
/// </list>
/// </remarks>
internal static partial class SeedTables
{
    public static IReadOnlyList<SeedTable> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var tables = new List<SeedTable>();
        var open = default((int Number, string Title, int Line, List<string> Body)?);

        void Close()
        {
            if (open is { } t)
            {
                var layout = LayoutOf(t.Body);
                tables.Add(new SeedTable(t.Number, t.Title, t.Line, layout, [.. RowsOf(t.Body, layout).SelectMany(r => AmountsOf(r, layout))]));
                open = null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (TableHeading().Match(lines[i]) is { Success: true } heading && TitleAfter(lines, i) is { } titleLine)
            {
                Close();
                open = (int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture), lines[titleLine].Trim(Blank), i + 1, []);
                i = titleLine;
                continue;
            }

            if (open is not null && lines[i].Contains("第三部分", StringComparison.Ordinal))
            {
                Close();
                continue;
            }

            open?.Body.Add(lines[i]);
        }

        Close();
        var repeated = tables.GroupBy(t => t.Number).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidDataException($"表 {repeated.Key} 出现了 {repeated.Count()} 次（第 {string.Join("、", repeated.Select(t => t.Line))} 行）");
        }

        return tables;
    }

    /// <summary>The amounts printed in one extracted row, by the rules in the class remarks.</summary>
    internal static IEnumerable<decimal> AmountsOf(IReadOnlyList<string> row, SeedLayout layout)
    {
        var cells = row.Select(Clean).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0 || IsColumnNumberRow(cells))
        {
            return [];
        }

        if (layout == SeedLayout.Spaced && cells.Count == 1 && IsInteger(cells[0]))
        {
            return []; // a page number
        }

        var firstText = cells.FindIndex(c => !IsNumber(c));
        var amounts = new List<decimal>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!IsNumber(cell))
            {
                continue;
            }

            var codePart = firstText > 0 && i < firstText && IsInteger(cell);
            var codeOfNextLabel = layout == SeedLayout.Spaced && cell.Length is 3 or 5 or 7 && IsInteger(cell)
                && i + 1 < cells.Count && !IsNumber(cells[i + 1]);
            if (!codePart && !codeOfNextLabel)
            {
                amounts.Add(decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            }
        }

        return amounts;
    }

    /// <summary>Tabs in no line: spaced; mostly one tab-led cell per line: cell per line; otherwise tabbed rows.</summary>
    internal static SeedLayout LayoutOf(IReadOnlyList<string> body)
    {
        var filled = body.Where(l => l.Trim(Blank).Length > 0).ToList();
        if (!filled.Exists(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            return SeedLayout.Spaced;
        }

        var oneCellLines = filled.Count(l => l.StartsWith('\t') && l.Count(c => c == '\t') == 1);
        return oneCellLines * 2 > filled.Count ? SeedLayout.CellPerLine : SeedLayout.Tabbed;
    }

    internal static IEnumerable<IReadOnlyList<string>> RowsOf(IReadOnlyList<string> body, SeedLayout layout)
    {
        switch (layout)
        {
            case SeedLayout.Tabbed:
                return body.Select(l => (IReadOnlyList<string>)l.Split('\t'));
            case SeedLayout.Spaced:
                return body.Select(l => (IReadOnlyList<string>)l.Split(Blank, StringSplitOptions.RemoveEmptyEntries));
            default:
                // A row is a block of lines up to a line that holds no tab and no text; a line holding only a tab is an empty cell.
                // Cells start at tabs, so a line without a tab continues the cell above (a wrapped name, or seed 001's "\t\n102").
                var rows = new List<IReadOnlyList<string>>();
                var block = new List<string>();
                foreach (var line in body.Append(""))
                {
                    if (!line.Contains('\t', StringComparison.Ordinal) && line.Trim(Blank).Length == 0)
                    {
                        if (block.Count > 0)
                        {
                            rows.Add(string.Join('\n', block).Split('\t'));
                            block.Clear();
                        }
                    }
                    else
                    {
                        block.Add(line);
                    }
                }

                return rows;
        }
    }

    private static int? TitleAfter(string[] lines, int heading)
    {
        for (var j = heading + 1; j < lines.Length; j++)
        {
            var title = lines[j].Trim(Blank);
            if (title.Length > 0)
            {
                return title.EndsWith("情况表", StringComparison.Ordinal) || title.EndsWith("明细表", StringComparison.Ordinal) ? j : null;
            }
        }

        return null;
    }

    private static bool IsColumnNumberRow(List<string> cells)
    {
        var numbers = cells.Where(c => c != "※").ToList();
        return numbers.Count > 0 && numbers.Count < cells.Count
            && numbers.Select((c, i) => c == (i + 1).ToString(CultureInfo.InvariantCulture)).All(same => same);
    }

    private static string Clean(string cell) => string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsNumber(string cell) => Number().IsMatch(cell);

    private static bool IsInteger(string cell) => IsNumber(cell) && !cell.Contains('.', StringComparison.Ordinal);

    private static readonly char[] Blank = [' ', '\t', '\u3000', '\u00a0'];

    [GeneratedRegex(@"^\s*表\s*(\d+)\s*$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();
}
