using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Build;

/// <summary>
/// The preview's fast path: after an edit inside one unit, reloading and checking that unit alone gives the same
/// diagnostics as loading and checking the whole site again, and that unit's pages are the bytes a full render gives.
/// </summary>
public sealed class ContentSessionTests
{
    private const string Unit = "changji-science-bureau";
    private const string Folder = "content/units/" + Unit;

    public static TheoryData<string, string, string, string> Edits => new()
    {
        // what, file in the unit, text found, replacement
        { "an amount", "2025/tables/three-public.yml", "total: 0.48, general: 0.48", "total: 0.49, general: 0.49" },
        { "prose", "2025/disclosure.yml", "\npublisher: ", "\npublisher: （修订）" },
        { "a broken YAML file", "2025/tables/three-public.yml", "number: 10", "number: [10" },
        { "an unknown region", "unit.yml", "region: changji", "region: nowhere" },
        { "an acknowledgement removed", "2025/findings.yml", "  - rule: GK2109\n", "  - rule: GK9999\n" },
        { "the unit's name", "unit.yml", "name: 昌吉回族自治州科学技术局", "name: 昌吉回族自治州科学技术局（测试）" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_inside_a_unit_updates_like_a_full_check(string what, string file, string find, string replace)
    {
        using var site = new SiteCopy();
        var session = ContentSession.Open(site.Root);
        site.Replace($"{Folder}/{file}", find, replace);

        var units = session.UnitsOf([$"{Folder}/{file}"]);
        Assert.NotNull(units);
        Assert.Equal([Unit], units);
        var updated = session.Update(units);
        var full = ContentSession.Open(site.Root);

        Assert.True(full.Diagnostics.Count > 0, what);
        Assert.Equal(full.Diagnostics.Select(Describe), updated.Diagnostics.Select(Describe));
        Assert.Equal(full.Content.Units.Select(u => u.Id), updated.Content.Units.Select(u => u.Id));
        Assert.Equal(session.Version + 1, updated.Version);
        if (full.IsBlocked)
        {
            Assert.True(updated.IsBlocked, what);
            return;
        }

        var problems = new DiagnosticBag();
        var rendered = SiteRenderer.TryRenderUnits(updated.Content, updated.Diagnostics, site.Root, Templates(site), updated.Content.Units.Where(u => u.Id == Unit), problems);
        Assert.NotNull(rendered);
        var whole = SiteRenderer.Render(full.Content, full.Diagnostics, site.Root).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Contains(rendered, f => f.Path == $"units/{Unit}/2025/tables/three-public/index.html");
        foreach (var page in rendered)
        {
            Assert.True(whole.TryGetValue(page.Path, out var expected), $"{what}: {page.Path} is not a page of the full render");
            Assert.True(expected.AsSpan().SequenceEqual(page.Content), $"{what}: {page.Path} differs from the full render");
        }
    }

    [Fact]
    public void The_fast_render_covers_every_page_of_the_unit_but_its_data_packages()
    {
        using var site = new SiteCopy();
        var session = ContentSession.Open(site.Root);
        var whole = SiteRenderer.Render(session.Content, session.Diagnostics, site.Root);
        var rendered = SiteRenderer.TryRenderUnits(session.Content, session.Diagnostics, site.Root, Templates(site), session.Content.Units.Where(u => u.Id == Unit), new DiagnosticBag())!;

        // Per-disclosure data packages and the unit's comparison views come from site-wide jobs and follow in the background.
        var expected = whole.Select(f => f.Path)
            .Where(p => p.StartsWith($"units/{Unit}/", StringComparison.Ordinal) && !p.EndsWith("/budget-lines.csv", StringComparison.Ordinal) && !p.EndsWith("/datapackage.json", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var got = rendered.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Except(got).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
        Assert.Contains($"units/{Unit}/index.html", got);
        Assert.Contains($"units/{Unit}/2025/index.html", got);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/glossary.yml")]
    [InlineData("content/classification/functional.yml")]
    [InlineData("templates/page.hbs")]
    [InlineData("content/units/" + Unit)]
    [InlineData("content/units/no-such-unit/unit.yml")]
    public void An_edit_outside_a_loaded_unit_asks_for_a_full_load(string path)
    {
        using var site = new SiteCopy();
        var session = ContentSession.Open(site.Root);
        Assert.Null(session.UnitsOf([$"{Folder}/unit.yml", path]));
    }

    private static TemplateSet Templates(SiteCopy site) => TemplateSet.Load(site.Root, new DiagnosticBag())!;

    private static string Describe(Diagnostic d) =>
        $"{d.Severity} {d.Code} {d.Span} {d.Message} | {d.Fix} | {d.AcknowledgedNote} | {d.Table} | {string.Join('/', d.Row)} | {d.Quote} | {d.Figure} | {string.Join('/', d.AlsoIn)} | {d.Column}";
}
