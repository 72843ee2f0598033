using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render.Compare;

/// <summary>The real content (loaded once, for expected values) and the pages of the built site, parsed.</summary>
internal static class RealSite
{
    private static readonly HtmlParser Parser = new();

    public static SiteContent Content { get; } = ContentLoader.Load(Repo.Root, new DiagnosticBag());

    public static IDocument Page(BuiltSite site, string path) => Parser.ParseDocument(site.Html(path));
}
