using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Load;

public sealed class PositionTests
{
    private const string Table3 = "content/units/urumqi-sti-info-center/2026/tables/expenditure-summary.yml";

    [Fact]
    public void Every_amount_keeps_the_line_and_column_where_it_was_written()
    {
        var content = ContentLoader.Load(Repo.Root, new DiagnosticBag());
        var table = content.FindUnit("urumqi-sti-info-center")!.Disclosures.Single(d => d.Year == 2026).Tables.Single(t => t.Id == "expenditure-summary");
        var cell = table.AllRows.Single(r => r.Code == "206")["total"]!;

        // 790.06 is the published 表3 total of 206 科学技术支出 (seed 004); find it in the file independently.
        var lines = File.ReadAllLines(Repo.Path(Table3));
        var line = Array.FindIndex(lines, l => l.Contains("code: \"206\"", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("790.06", StringComparison.Ordinal) + 1;

        Assert.Equal(790.06m, cell.Value);
        Assert.Equal(Table3, cell.Span.File);
        Assert.Equal(new SourceMark(line, column), cell.Span.Start);
    }

    [Fact]
    public void Amounts_keep_the_published_number_of_decimals()
    {
        var content = ContentLoader.Load(Repo.Root, new DiagnosticBag());
        var center = content.FindUnit("changji-hitech-innovation-center")!.Disclosures.Single();
        var sti = content.FindUnit("urumqi-sti-info-center")!.Disclosures.Single();

        // Seed 000 prints 206 科学技术支出 as "204.8"; seed 004 prints 单位资金 as "28.00".
        Assert.Equal("204.8", center.Tables.Single(t => t.Id == "expenditure-summary").AllRows.Single(r => r.Code == "206")["total"]!.Text);
        Assert.Equal("28.00", sti.Tables.Single(t => t.Id == "income-summary").AllRows.Single(r => r.Code == "206")["unit_funds"]!.Text);
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_the_key_with_the_nearest_known_key()
    {
        using var site = new SiteCopy();
        var line = site.Replace(Table3, "basic: 364.68, project: 425.39 }", "basci: 364.68, project: 425.39 }");
        var column = site.Read(Table3).Split('\n')[line - 1].IndexOf("basci", StringComparison.Ordinal) + 1;
        var bag = new DiagnosticBag();
        ContentLoader.Load(site.Root, bag);

        var diagnostic = Assert.Single(bag.Sorted(), d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourceSpan(Table3, new SourceMark(line, column)), diagnostic.Span);
        Assert.Contains("“basic”", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_rejects_line_or_column_zero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceMark(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceMark(1, 0));
        Assert.True(new SourceMark(2, 1) > new SourceMark(1, 9));
    }
}
