using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate;

public sealed class CatalogueRulesTests
{
    private const string File = "content/units/urumqi-sti-info-center/2026/tables/general-budget.yml";

    private static List<Diagnostic> CheckWith(string find, string replace, out int line)
    {
        using var site = new SiteCopy();
        var at = site.Replace(File, find, replace);
        line = at;
        var (_, diagnostics) = BuildPipeline.Check(site.Root);
        return [.. diagnostics.Where(d => d.Span.File == File && d.Span.Start.Line == at)];
    }

    [Fact]
    public void Seed_001s_misprinted_codes_are_reported_not_taken_as_standard()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);

        // Seed 001 表3 prints 22308/2230803 for the 70 万元 that 表2 and 表9 list under 22302/2230299.
        var misprints = diagnostics.Where(d => d.Code == DiagnosticCodes.MisprintedCode).ToList();
        Assert.Equal(["22308", "2230803"], misprints.Select(d => d.Row[0]).Order(StringComparer.Ordinal));
        Assert.All(misprints, d => Assert.EndsWith("changji-hitech-zone/2025/tables/expenditure-summary.yml", d.Span.File, StringComparison.Ordinal));
        Assert.All(misprints, d => Assert.NotNull(d.AcknowledgedNote));

        // Shown on the pages of the tables that print the right code too: 表2 (income-summary) and 表9 (state-capital).
        Assert.All(misprints, d => Assert.Equal(
            ["expenditure-summary.yml", "income-summary.yml", "state-capital.yml"],
            d.AlsoIn.Select(Path.GetFileName).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Seed_001s_name_of_2330301_is_a_variant_in_every_table_that_prints_it()
    {
        // Seed 001 prints 2330301 as 地方政府一般债务发行费用支出 (the name of 23303) in 表2, 表3, 表5 and 表7; the standard
        // names the 项 地方政府一般债券发行费用支出, as it names 2320301 地方政府一般债券付息支出.
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        var variants = diagnostics.Where(d => d.Code == DiagnosticCodes.NameVariant && d.Row.Contains("2330301")).ToList();
        Assert.Equal(
            ["expenditure-summary.yml", "general-budget-project.yml", "general-budget.yml", "income-summary.yml"],
            variants.Select(d => Path.GetFileName(d.Span.File)).Order(StringComparer.Ordinal));
        Assert.All(variants, d =>
        {
            Assert.Contains("标准名称为“地方政府一般债券发行费用支出”（出处：财政部《2025年政府收支分类科目》", d.Message, StringComparison.Ordinal);
            Assert.NotNull(d.AcknowledgedNote);
        });
    }

    [Fact]
    public void A_registered_variant_spelling_is_a_warning_naming_the_standard_name()
    {
        // Seed 002 prints 20604 as 技术与开发; content/classification/functional.yml registers it as a variant of 技术研究与开发.
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        var variant = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NameVariant
            && d.Span.File == "content/units/urumqi-tech-transfer-center/2024/tables/expenditure-summary.yml");
        Assert.Equal(Severity.Warning, variant.Severity);
        Assert.Contains("技术与开发", variant.Message, StringComparison.Ordinal);
        Assert.Contains("技术研究与开发", variant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_codes_variant_is_still_a_wrong_name()
    {
        var found = CheckWith("name: 科技条件与服务,", "name: 技术与开发,", out _);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.NameMismatch);
        Assert.DoesNotContain(found, d => d.Code == DiagnosticCodes.NameVariant);
    }

    [Fact]
    public void A_name_that_is_neither_standard_nor_a_variant_is_an_error()
    {
        var found = CheckWith("name: 机构运行,", "name: 机关运行,", out _);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.NameMismatch && d.Message.Contains("机构运行", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_missing_from_the_catalogue_is_an_error()
    {
        var found = CheckWith("code: \"2060501\"", "code: \"2060577\"", out _);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.UnknownCode);
    }

    [Fact]
    public void An_economic_code_in_a_functional_column_is_an_error()
    {
        var found = CheckWith("code: \"206\"", "code: \"302\"", out _);
        Assert.Contains(found, d => d.IsBlocking && d.Code == DiagnosticCodes.CodeInWrongCatalogue && d.Message.Contains("经济分类", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_kuan_row_between_a_xiang_and_its_lei_is_an_error()
    {
        using var site = new SiteCopy();
        var text = site.Read(File);
        var kuan = text.Split('\n').Single(l => l.Contains("code: \"20605\"", StringComparison.Ordinal));
        site.Write(File, text.Replace(kuan + "\n", "", StringComparison.Ordinal));
        var (_, diagnostics) = BuildPipeline.Check(site.Root);
        Assert.Contains(diagnostics, d => d.IsBlocking && d.Code == DiagnosticCodes.MissingParentRow && d.Span.File == File && d.Message.Contains("20605", StringComparison.Ordinal));
    }
}
