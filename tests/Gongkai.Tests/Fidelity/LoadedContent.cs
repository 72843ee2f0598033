using Gongkai.Tests.Support;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;

namespace Gongkai.Tests.Fidelity;

/// <summary>The real content, loaded once for the fidelity and catalogue tests, and the disclosures they run over.</summary>
internal static class LoadedContent
{
    private static readonly Lazy<(SiteContent Site, DiagnosticBag Diagnostics)> Real = new(() => Load(Repo.Root));

    public static SiteContent Site => Real.Value.Site;

    public static DiagnosticBag Diagnostics => Real.Value.Diagnostics;

    public static (SiteContent Site, DiagnosticBag Diagnostics) Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        return (ContentLoader.Load(root, diagnostics), diagnostics);
    }

    /// <summary>Every disclosure folder under content/units, as "unit/year", read from the file system so each is its own test case.</summary>
    public static TheoryData<string> DisclosureIds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Path("content", "units"), "disclosure.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var year = Path.GetDirectoryName(file)!;
            data.Add($"{Path.GetFileName(Path.GetDirectoryName(year))}/{Path.GetFileName(year)}");
        }

        return data;
    }

    public static Disclosure Find(SiteContent site, string id)
    {
        var (unit, year) = (id.Split('/')[0], int.Parse(id.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture));
        return site.Disclosures.SingleOrDefault(d => d.UnitId == unit && d.Year == year)
            ?? throw new InvalidOperationException($"content/units/{id}/disclosure.yml did not load");
    }
}
