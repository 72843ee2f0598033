using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>The Index stage: a static search index built from the rendered model.</summary>
public static class SearchIndexBuilder
{
    public static IEnumerable<OutputFile> Build(SiteContent content, IReadOnlyList<OutputFile> pages)
    {
        _ = content;
        _ = pages;
        return [];
    }
}
