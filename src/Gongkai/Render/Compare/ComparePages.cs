using Gongkai.Write;

namespace Gongkai.Render.Compare;

/// <summary>
/// The comparison pages and downloads (issue 12) as render jobs. Site-wide indexes are built here once, before
/// any job runs, and shared read-only by the parallel jobs.
/// </summary>
internal sealed class ComparePages(PageFactory site)
{
    public IEnumerable<Func<IEnumerable<OutputFile>>> Jobs()
    {
        var codes = CodeIndex.For(site.Content);
        var jobs = new List<Func<IEnumerable<OutputFile>>>(new CodePages(site, codes).Jobs());
        jobs.AddRange(TableYears.Jobs(site));
        jobs.AddRange(new RegionPages(site).Jobs());
        jobs.AddRange(Downloads.DataPackages.Jobs(site));
        jobs.AddRange(site.Content.Disclosures.Select(d => (Func<IEnumerable<OutputFile>>)(() => Downloads.Workbook.Files(d))));
        return jobs;
    }
}
