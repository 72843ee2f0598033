using Gongkai.Build;
using Gongkai.Cache;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>
/// The site's data downloads (data/budget-lines.csv, datapackage.json, gongkai-data.zip and their page) are one
/// cached group keyed by the hashes of the files they copy: replayed after an edit that changes none of those files,
/// made again after one that does.
/// </summary>
public sealed class SiteDataCacheTests
{
    private static readonly string[] SiteData = ["data/budget-lines.csv", "data/datapackage.json", "data/gongkai-data.zip", "data/index.html"];

    [Fact]
    public void AProseEditReplaysTheSiteDataAndAnAmountEditMakesItAgain()
    {
        using var site = new SiteCopy();
        var cache = new MemoryRenderCache();
        var first = Render(site, cache);

        // Explanations are pages of their own: no table file or budget line changes.
        File.AppendAllText(site.Path("content/units/changji-science-bureau/2025/explanations.md"), "\n\n补充说明。\n");
        var prose = Render(site, cache);
        Assert.NotEqual(first["units/changji-science-bureau/2025/explanations/index.html"], prose["units/changji-science-bureau/2025/explanations/index.html"]);
        foreach (var path in SiteData)
        {
            // The memory cache replays the very arrays it stored: the same instance means not made again.
            Assert.Same(first[path], prose[path]);
        }

        site.Replace("content/units/changji-science-bureau/2025/tables/general-budget.yml",
            "code: \"2060404\", name: 科技成果转化与扩散, total: 14.00, project: 14.00", "code: \"2060404\", name: 科技成果转化与扩散, total: 14.0, project: 14.0");
        var amount = Render(site, cache);
        Assert.NotEqual(prose["units/changji-science-bureau/2025/budget-lines.csv"], amount["units/changji-science-bureau/2025/budget-lines.csv"]);
        foreach (var path in new[] { "data/budget-lines.csv", "data/gongkai-data.zip" })
        {
            Assert.NotEqual(prose[path], amount[path]);
        }

        // And what was made again is what a build without any cache makes.
        var clean = Render(site, cache: null);
        foreach (var path in SiteData)
        {
            Assert.Equal(clean[path], amount[path]);
        }
    }

    [Fact]
    public void TheKeyFollowsEveryCopiedFileAndIsNullWhenOneIsUnknown()
    {
        using var site = new SiteCopy();
        var (content, diagnostics) = BuildPipeline.Check(site.Root);
        var inputs = new PageInputs(site.Root, content, new Gongkai.Diagnostics.DiagnosticIndex(diagnostics));
        var hashes = new Dictionary<string, string?> { ["a.csv"] = "01", ["b.json"] = "02" };

        var key = inputs.SiteDataKey(hashes.Keys, p => hashes[p]);
        Assert.NotNull(key);
        Assert.Equal(key, inputs.SiteDataKey(["a.csv", "b.json"], p => hashes[p]));
        Assert.NotEqual(key, inputs.SiteDataKey(["b.json", "a.csv"], p => hashes[p]));
        hashes["b.json"] = "03";
        Assert.NotEqual(key, inputs.SiteDataKey(hashes.Keys, p => hashes[p]));
        hashes["b.json"] = null;
        Assert.Null(inputs.SiteDataKey(hashes.Keys, p => hashes[p]));
    }

    private static Dictionary<string, byte[]> Render(SiteCopy site, MemoryRenderCache? cache)
    {
        var (_, diagnostics, files) = BuildPipeline.Render(site.Root, strict: false, cache);
        Assert.True(files is not null, string.Join("\n", diagnostics.Where(d => d.IsBlocking)));
        cache?.Commit();
        return files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }
}
