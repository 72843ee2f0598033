using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate;

public sealed class SubstitutedCodeRulesTests
{
    private const string Zone = "content/units/changji-hitech-zone/2025/";
    private const string Catalogue = "content/classification/functional.yml";

    // Seed 001 表3 prints 22308 国有企业资本金注入 70 and 2230803 国有资本经营预算调出资金 70; 表2 and 表9 print the same
    // 70 万元 under 22302 国有企业资本金注入 and 2230299 其他国有企业资本金注入.
    private const string Misprint22308 = "{ code: \"22308\", name: 国有企业资本金注入, for: \"22302\", misprint: \"原表（seed 001 表3）印作 22308；同一笔 70 万元在表2、表9 中列在 22302 国有企业资本金注入\" }";
    private const string Misprint2230803 = "{ code: \"2230803\", name: 国有资本经营预算调出资金, for: \"2230299\", misprint: \"原表（seed 001 表3）印作 2230803（名称是 2300803 的名称）；同一笔 70 万元在表2、表9 中列在 2230299 其他国有企业资本金注入\" }";

    [Fact]
    public void The_real_content_has_no_substituted_code_because_seed_001s_is_a_registered_misprint()
    {
        var (_, diagnostics) = BuildPipeline.Check(Repo.Root);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.SubstitutedCode);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MisprintedCode && d.Row.Contains("22308"));
    }

    [Fact]
    public void A_misprint_the_catalogue_lists_as_standard_is_found_from_the_tables_alone()
    {
        using var site = new SiteCopy();
        site.Replace(Catalogue, Misprint22308, "{ code: \"22308\", name: 国有企业资本金注入, from: gfs2025 }");
        site.Replace(Catalogue, Misprint2230803, "{ code: \"2230803\", name: 国有资本经营预算调出资金, from: gfs2025 }");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);

        var found = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SubstitutedCode);
        Assert.Equal(Zone + "tables/expenditure-summary.yml", found.Span.File);
        Assert.Equal(["22308", "国有企业资本金注入"], found.Row);
        Assert.Equal("70", found.Figure);
        Assert.Contains("22302", found.Message, StringComparison.Ordinal);
        Assert.Contains(Zone + "tables/income-summary.yml", found.AlsoIn);

        // One fact, one finding: the per-code identity (表2 against 表3) compares 22308 as 22302, so neither code is a gap.
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && (d.Row.Contains("22308") || d.Row.Contains("22302")));

        // 2230803 is also in 表3 only, but no other table has a row named 国有资本经营预算调出资金: same money, other
        // name, so this rule cannot pair it (the per-code identities still show the gap, GK3101).
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.SubstitutedCode && d.Row.Contains("2230803"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.CrossTableMismatch && d.Row.Contains("2230803"));
    }

    [Fact]
    public void A_code_the_other_table_also_prints_is_not_a_substitution()
    {
        // Put 22302 into 表3 beside 22308: 表3 then has both codes, so 22308 is an extra row, not 22302 under another code.
        using var site = new SiteCopy();
        site.Replace(Catalogue, Misprint22308, "{ code: \"22308\", name: 国有企业资本金注入, from: gfs2025 }");
        site.Replace(Zone + "tables/expenditure-summary.yml",
            "  - { code: \"22308\", name: 国有企业资本金注入, total: 70, project: 70 }\n",
            "  - { code: \"22302\", name: 国有企业资本金注入, total: 0 }\n  - { code: \"22308\", name: 国有企业资本金注入, total: 70, project: 70 }\n");
        var (_, diagnostics) = BuildPipeline.Check(site.Root);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.SubstitutedCode);
    }
}
