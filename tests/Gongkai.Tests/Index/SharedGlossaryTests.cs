using Gongkai.Tests.Support;
using Gongkai.Build;
using Gongkai.Index;

namespace Gongkai.Tests.Index;

public sealed class SharedGlossaryTests
{
    [Fact]
    public void A_term_several_units_add_alike_is_one_result_without_a_unit()
    {
        using var copy = new SiteCopy();
        var root = copy.Root;
        var term = File.ReadAllText(Path.Combine(root, "content/units/urumqi-sti-info-center/2026/glossary.yml"));
        File.WriteAllText(Path.Combine(root, "content/units/changji-science-bureau/2025/glossary.yml"), term);
        var site = Path.Combine(root, "_site");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(root, site)).ExitCode);

        var searcher = IndexSearcher.ForDirectory(Path.Combine(site, "search-index"));
        var glossary = searcher.Search("委托业务费").Hits.Select(h => searcher.Doc(h.Doc)).Where(d => d.Kind == DocKind.Glossary).ToList();
        var entry = Assert.Single(glossary);
        Assert.Null(entry.Unit);
        Assert.Null(entry.Year);
        Assert.Contains(entry.Lines, l => l.Text.Contains("自治州科学技术局 2025 年", StringComparison.Ordinal) && l.Text.Contains("科技信息服务中心 2026 年", StringComparison.Ordinal));
    }
}
