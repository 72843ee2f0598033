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
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.GetFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                env.RegisterTemplate(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            }
        }

        foreach (var file in Directory.GetFiles(templatesDir, "*.hbs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var compiled = env.Compile(File.ReadAllText(file));
            _pages[name] = compiled;
        }

        _layout = _pages.TryGetValue("layout", out var layout) ? layout : throw new FileNotFoundException("templates/layout.hbs 缺失");
    }

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
