using System.Text.RegularExpressions;
using Gongkai.Build;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Support;

/// <summary>
/// Built once for all browser tests: the real site at "/", a copy built with base_url /yusuan/ and served only
/// under /yusuan/, and one Chromium.
/// </summary>
public sealed partial class SiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public static string RepoRoot { get; } = FindRoot();

    public string Temp { get; } = Directory.CreateTempSubdirectory("gongkai-browser-").FullName;

    /// <summary>The origin site.yml names in the sub-path copy.</summary>
    public const string Origin = "https://yusuan.example.gov.cn";

    public string SiteDir => Path.Combine(Temp, "root", "_site");

    public string SubPathDir => Path.Combine(Temp, "yusuan", "_site");

    internal StaticSite Root { get; private set; } = null!;

    internal StaticSite SubPath { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.ShouldSkip)
        {
            return;
        }

        var root = Task.Run(() =>
        {
            Build(RepoRoot, SiteDir);
            SplitSitemap(RepoRoot, SiteDir);
        });
        var sub = Task.Run(() =>
        {
            var copy = Path.Combine(Temp, "yusuan");
            Copy(RepoRoot, copy);
            var yml = Path.Combine(copy, "site.yml");
            // The sub-path copy also has a public origin, so sitemap.xml and canonical links are absolute there.
            File.WriteAllText(yml, BaseUrl().Replace(File.ReadAllText(yml), $"base_url: /yusuan/\norigin: {Origin}", 1));
            Build(copy, SubPathDir);
        });
        await Task.WhenAll(root, sub);
        Root = await StaticSite.StartAsync(SiteDir);
        SubPath = await StaticSite.StartAsync(SubPathDir, "/yusuan/");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Root is not null)
        {
            await Root.DisposeAsync();
        }

        if (SubPath is not null)
        {
            await SubPath.DisposeAsync();
        }

        try
        {
            Directory.Delete(Temp, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>
    /// A fresh browser context (empty cache) that records every request and every script error. Playwright evaluates
    /// string predicates (WaitForFunctionAsync) with eval, which the site's CSP forbids, so tests bypass the policy
    /// unless they ask for it; ContentSecurityPolicyTests runs every page kind under it.
    /// </summary>
    internal async Task<BrowserPage> OpenAsync(bool javaScript = true, bool enforceCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = "zh-CN", BypassCSP = !enforceCsp });
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    private static void Build(string root, string output)
    {
        var result = BuildPipeline.Run(new BuildOptions(root, output));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"site at {root} does not build: {string.Join("; ", result.Diagnostics.Where(d => d.IsBlocking).Select(d => d.Message))}");
        }
    }

    /// <summary>Links per 网站地图 part in the root site: small enough to split the five units into parts.</summary>
    public const int SitemapPartSize = 35;

    /// <summary>
    /// Five units fit in one 网站地图 page; a site of some sixty units or more is split into parts (SitemapParts). The
    /// root site's 网站地图 and sitemap.xml are rendered again with a smaller part size, so every audit of every page
    /// (axe, vnu, reflow, the policy) also covers the main page of a split map and its parts.
    /// </summary>
    private static void SplitSitemap(string root, string siteDir)
    {
        var bag = new Gongkai.Diagnostics.DiagnosticBag();
        var content = Gongkai.Load.ContentLoader.Load(root, bag);
        var templates = Gongkai.Render.TemplateSet.Load(root, bag) ?? throw new InvalidOperationException("templates did not load");
        var factory = new Gongkai.Render.PageFactory(content, new Gongkai.Diagnostics.DiagnosticIndex([]), new Gongkai.Render.Urls(content.Config.BaseUrl, content.Config.Origin), templates);
        var files = new Gongkai.Render.NavigationPages(factory) { SitemapPartSize = SitemapPartSize }.Files()
            .Where(f => f.Path.StartsWith(Gongkai.Render.SitemapParts.Folder, StringComparison.Ordinal) || f.Path == Gongkai.Render.SitemapFiles.Main).ToList();
        if (files.Count(f => f.Path.EndsWith("index.html", StringComparison.Ordinal)) < 3)
        {
            throw new InvalidOperationException($"the 网站地图 did not split at {SitemapPartSize} links per part");
        }

        foreach (var file in files)
        {
            var target = Path.Combine(siteDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(target); // never written through: a built file may be a hard link
            File.WriteAllBytes(target, file.Content);
        }
    }

    internal static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        File.Copy(Path.Combine(from, "site.yml"), Path.Combine(to, "site.yml"));
        foreach (var dir in new[] { "content", "templates", "seeds" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(from, dir), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Build.sln not found above the test binaries");
    }

    [GeneratedRegex(@"^base_url:.*$", RegexOptions.Multiline)]
    private static partial Regex BaseUrl();
}
