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
        return new CodePages(site, codes).Jobs();
    }
}
