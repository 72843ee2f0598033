using HandlebarsDotNet;

namespace Gongkai.Render;

/// <summary>
/// The Handlebars templates of templates/: compiled once, then used from many threads. Templates are data a
/// maintainer may edit without recompiling (Scriban, the original choice, is not served by the registry here).
/// </summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pages = new(StringComparer.Ordinal);
    private readonly HandlebarsTemplate<object, object> _layout;

    public TemplateSet(string templatesDir)
    {
        var env = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var partials = Path.Combine(templatesDir, "partials");
        foreach (var (name, text) in ReadTemplates(partials, "templates/partials"))
        {
            env.RegisterTemplate(name, text);
        }

        foreach (var (name, text) in ReadTemplates(templatesDir, "templates"))
        {
            _pages[name] = env.Compile(text);
        }

        _layout = _pages.TryGetValue("layout", out var layout) ? layout : throw new FileNotFoundException("templates/layout.hbs 缺失");
    }

    /// <summary>The .hbs files of a folder; links and special files were reported by the Load stage (GK1017) and are skipped.</summary>
    private static IEnumerable<(string Name, string Text)> ReadTemplates(string dir, string relative)
    {
        var refused = new Diagnostics.DiagnosticBag();
        foreach (var file in Load.RepoFiles.Entries(dir, relative, Load.EntryKind.File, refused).Where(f => f.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            if (Load.RepoFiles.ReadBytes(Path.Combine(dir, file), $"{relative}/{file}", MaxTemplateBytes, refused) is { } bytes)
            {
                yield return (Path.GetFileNameWithoutExtension(file), System.Text.Encoding.UTF8.GetString(bytes));
            }
        }
    }

    /// <summary>A template is a page of markup; anything larger is a mistake.</summary>
    private const long MaxTemplateBytes = 1024 * 1024;

    public bool Has(string name) => _pages.ContainsKey(name);

    /// <summary>Renders a page template, then wraps it in the layout with the page's title and breadcrumbs.</summary>
    public string Page(string name, PageContext page, object model)
    {
        if (!_pages.TryGetValue(name, out var template))
        {
            throw new FileNotFoundException($"templates/{name}.hbs 缺失");
        }

        var body = template(model);
        return _layout(page with { Body = body });
    }
}
