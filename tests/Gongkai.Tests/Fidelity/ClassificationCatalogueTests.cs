using Gongkai.Model;
using Xunit.Abstractions;

namespace Gongkai.Tests.Fidelity;

/// <summary>
/// content/classification/{functional,economic}.yml list every code used in a content table, with one name per code and the
/// other published spellings as variants.
/// </summary>
public sealed class ClassificationCatalogueTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_code_in_a_content_table_is_in_the_catalogue_under_its_name_or_a_variant()
    {
        var site = LoadedContent.Site;
        var problems = new List<string>();
        var used = 0;
        foreach (var d in site.Disclosures)
        {
            foreach (var table in d.Tables)
            {
                foreach (var section in table.Sections.Where(s => s.Definition.Hierarchy != Hierarchy.Outline))
                {
                    var (catalogue, file) = section.Definition.Hierarchy == Hierarchy.Functional
                        ? (site.Functional, "functional.yml")
                        : (site.Economic, "economic.yml");
                    foreach (var row in section.Rows.Where(r => r.Code is not null))
                    {
                        used++;
                        var entry = catalogue.FirstOrDefault(c => c.Code == row.Code);
                        if (entry is null)
                        {
                            problems.Add($"{row.Span}: 编码 {row.Code} 不在 content/classification/{file} 中");
                        }
                        else if (entry.Name != row.Name && !entry.Variants.Contains(row.Name))
                        {
                            problems.Add($"{row.Span}: {row.Code} “{row.Name}” 既不是 {file} 中的名称 “{entry.Name}”，也不在其 variants 中");
                        }
                    }
                }
            }
        }

        output.WriteLine($"表中带编码的行 {used} 个；功能分类 {site.Functional.Count} 个编码，经济分类 {site.Economic.Count} 个编码");
        foreach (var code in site.Functional.Concat(site.Economic).Where(c => c.Variants.Count > 0))
        {
            output.WriteLine($"  {code.Code} {code.Name}：{string.Join("、", code.Variants)}");
        }

        Assert.True(used > 0);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_catalogue_loads_cleanly_with_codes_of_the_right_length_whose_parents_are_listed()
    {
        var errors = LoadedContent.Diagnostics.Sorted().Where(d => d.Span.File.StartsWith("content/classification/", StringComparison.Ordinal));
        Assert.Empty(errors);

        foreach (var (codes, lengths) in new[] { (LoadedContent.Site.Functional, new[] { 3, 5, 7 }), (LoadedContent.Site.Economic, new[] { 3, 5 }) })
        {
            Assert.NotEmpty(codes);
            Assert.All(codes, c =>
            {
                Assert.Contains(c.Code.Length, lengths);
                Assert.DoesNotContain(c.Name, c.Variants);
                Assert.Equal(c.Variants.Count, c.Variants.Distinct().Count());
                if (c.Code.Length > 3)
                {
                    Assert.Contains(codes, p => p.Code == c.Code[..^2]);
                }
            });
        }
    }

    [Fact]
    public void Every_standard_code_cites_where_its_name_comes_from_and_no_misprint_does()
    {
        foreach (var c in LoadedContent.Site.Functional.Concat(LoadedContent.Site.Economic))
        {
            if (c.Misprint is null)
            {
                Assert.True(c.NameSource is not null && c.NameSource.StartsWith("财政部《", StringComparison.Ordinal), $"{c.Code} {c.Name}: 出处 {c.NameSource ?? "（无）"}");
            }
            else
            {
                Assert.Null(c.NameSource);
            }
        }
    }
}
