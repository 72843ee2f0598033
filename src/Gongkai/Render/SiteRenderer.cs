using System.Collections.Concurrent;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>The Render stage: every page of the site from the model, rendered in parallel, returned in path order.</summary>
public static class SiteRenderer
{
    public static List<OutputFile> Render(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var templates = new TemplateSet(Path.Combine(root, "templates"));
        var urls = new Urls(content.Config.BaseUrl);
        var pages = new PageFactory(content, diagnostics, urls, templates);
        var jobs = pages.Jobs();
        var output = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(jobs, job =>
        {
            foreach (var file in job())
            {
                output.Add(file);
            }
        });

        foreach (var asset in StaticAssets(Path.Combine(root, "templates", "assets")))
        {
            output.Add(asset);
        }

        return [.. output.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static IEnumerable<OutputFile> StaticAssets(string dir)
    {
        if (!Directory.Exists(dir))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
            yield return new OutputFile($"assets/{relative}", File.ReadAllBytes(file));
        }
    }
}
