using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Diagnostics;

/// <summary>The once-built lookups give exactly what the per-page scans they replace gave, in the same order.</summary>
public sealed class DiagnosticIndexTests
{
    [Fact]
    public void Each_disclosure_and_table_file_gets_the_diagnostics_a_scan_would_find_in_order()
    {
        var (content, diagnostics) = BuildPipeline.Check(Repo.Root);
        var index = new DiagnosticIndex(diagnostics);
        var checkedAny = false;
        foreach (var d in content.Disclosures)
        {
            var scan = diagnostics.Where(x => x.Span.File.StartsWith(d.Folder + "/", StringComparison.Ordinal)).ToList();
            Assert.Equal(scan, index.Under(d.Folder));
            foreach (var table in d.Tables)
            {
                // A file's own findings, and those of other files that concern it (AlsoIn), in list order.
                var inFile = diagnostics.Where(x => x.Span.File == table.File || x.AlsoIn.Contains(table.File)).ToList();
                Assert.Equal(inFile, index.InFile(table.File));
                checkedAny |= inFile.Count > 0;
            }
        }

        Assert.True(checkedAny, "the real content has findings in some table file");
    }

    [Fact]
    public void A_folder_is_matched_at_a_slash_not_as_a_string_prefix()
    {
        var span = new SourceSpan("content/units/a/2025/tables/t.yml", SourceMark.Start);
        var index = new DiagnosticIndex([new Diagnostic(Severity.Error, "GK2101", span, "m")]);
        Assert.Single(index.Under("content/units/a/2025"));
        Assert.Single(index.Under("content/units/a/2025/tables"));
        Assert.Empty(index.Under("content/units/a/202"));
        Assert.Empty(index.Under("content/units/a/2025/tables/t.yml"));
        Assert.Empty(index.InFile("content/units/a/2025"));
        Assert.Empty(index.InFile(null));
    }

    [Fact]
    public void Unit_region_and_children_lookups_agree_with_a_scan()
    {
        var (content, _) = BuildPipeline.Check(Repo.Root);
        foreach (var unit in content.Units)
        {
            Assert.Same(content.Units.First(u => u.Id == unit.Id), content.FindUnit(unit.Id));
            Assert.Equal(content.Units.Where(u => u.ParentId == unit.Id), content.ChildrenOf(unit.Id));
            Assert.Equal(content.Regions.FirstOrDefault(r => r.Id == unit.RegionId), content.FindRegion(unit.RegionId));
        }

        Assert.Null(content.FindUnit("no-such-unit"));
        Assert.Empty(content.ChildrenOf("no-such-unit"));
    }
}
