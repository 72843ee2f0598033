using Gongkai.Render;

namespace Gongkai.Tests.Render;

/// <summary>Issue 9, class 15: text cells cannot start a spreadsheet formula; amounts stay numbers.</summary>
public sealed class TableCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/\",\"点此\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_text_cell_that_would_be_a_formula_gets_a_leading_quote(string text)
    {
        Assert.Equal("'" + text, TableData.Text(text));
    }

    [Theory]
    [InlineData("行政运行")]
    [InlineData("2010301")]
    [InlineData("")]
    [InlineData("a=b")]
    public void Ordinary_text_is_unchanged(string text) => Assert.Equal(text, TableData.Text(text));

    [Fact]
    public void The_real_csv_keeps_negative_amounts_as_numbers_and_neutralises_a_formula_row_name()
    {
        using var site = new Support.SiteCopy();
        const string file = "content/units/changji-hitech-zone/2025/tables/expenditure-summary.yml";
        site.Replace(file, "name: 一般公共服务支出, total: 3197,", "name: \"=HYPERLINK(1)\", total: -5.00,");
        var (content, diagnostics) = Gongkai.Build.BuildPipeline.Check(site.Root);
        var table = content.Disclosures.SelectMany(d => d.Tables).First(t => t.File == file);
        var csv = System.Text.Encoding.UTF8.GetString(TableData.Csv(table));
        Assert.Contains("'=HYPERLINK(1)", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains(",-5.00,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("'-5.00", csv, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Span.File == file);
    }
}
