using Gongkai.Diagnostics;
using HandlebarsDotNet;

namespace Gongkai.Render;

/// <summary>
/// The Handlebars templates of templates/: checked (GK0002), compiled once, then used from many threads. Templates are
/// data a maintainer may edit without recompiling (Scriban, the original choice, is not served by the registry here).
/// Content is escaped everywhere: templates cannot print unescaped ({{{ }}} is refused), and only
/// <see cref="TrustedHtml"/> (HTML the renderer made) is written as is.
/// </summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, (TemplateSource Source, HandlebarsTemplate<object, object> Run)> _pages = new(StringComparer.Ordinal);
    private readonly List<TemplateSource> _partials = [];

    private TemplateSet()
    {
    }

    /// <summary>Reads and compiles every template; null (with GK0002/GK1014 diagnostics) when any is wrong.</summary>
    public static TemplateSet? Load(string root, DiagnosticBag diagnostics)
    {
        var templatesDir = Path.Combine(root, "templates");
        var set = new TemplateSet();
        var errors = new List<Diagnostic>();
        var config = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false };
        config.FormatterProviders.Add(new TrustedHtmlFormatter());
        var env = Handlebars.Create(config);
        var pages = new List<TemplateSource>();
        var partialsDir = Path.Combine(templatesDir, "partials");
        // A content repository without templates/ (the usual case for the installed tool) renders with the tool's defaults.
        var embedded = !Gongkai.Load.RepoFiles.Exists(templatesDir);
        set._partials.AddRange(embedded ? EmbeddedTemplates("templates/partials") : ReadTemplates(partialsDir, "templates/partials"));
        pages.AddRange(embedded ? EmbeddedTemplates("templates") : ReadTemplates(templatesDir, "templates"));

        var names = set._partials.Select(p => Path.GetFileNameWithoutExtension(p.File)).ToHashSet(StringComparer.Ordinal);
        foreach (var source in set._partials.Concat(pages))
        {
            errors.AddRange(source.UnescapedOutput());
            errors.AddRange(source.PartialCalls().Where(c => !names.Contains(c.Name) && c.Name != "@partial-block")
                .Select(c => TemplateErrors.MissingPartial(source, c.Name, c.Mark)));
        }

        foreach (var partial in set._partials)
        {
            Try(partial, () => env.RegisterTemplate(Path.GetFileNameWithoutExtension(partial.File), partial.Compilable));
        }

        foreach (var page in pages)
        {
            Try(page, () => set._pages[Path.GetFileNameWithoutExtension(page.File)] = (page, env.Compile(page.Compilable)));
        }

        if (errors.Count == 0 && !set._pages.ContainsKey("layout"))
        {
            errors.Add(new Diagnostic(Severity.Error, DiagnosticCodes.MissingFile, SourceSpan.WholeFile("templates/layout.hbs"), "缺少 templates/layout.hbs（所有页面的外框）；请从仓库恢复"));
        }

        foreach (var error in errors)
        {
            diagnostics.Add(error);
        }

        return errors.Count == 0 ? set : null;

        void Try(TemplateSource source, Action compile)
        {
            try
            {
                compile();
            }
            catch (HandlebarsException e)
            {
                errors.Add(TemplateErrors.From(e, source, set._partials));
            }
        }
    }

    /// <summary>A template is a page of markup; anything larger is a mistake.</summary>
    private const long MaxTemplateBytes = 1024 * 1024;

    public bool Has(string name) => _pages.ContainsKey(name);

    /// <summary>Renders a page template, then wraps it in the layout with the page's title and breadcrumbs.</summary>
    /// <exception cref="TemplateFailure">The template failed at render time (unknown helper, missing page template).</exception>
    public string Page(string name, PageContext page, object model)
    {
        if (!_pages.TryGetValue(name, out var template))
        {
            throw new TemplateFailure(new Diagnostic(Severity.Error, DiagnosticCodes.Template, SourceSpan.WholeFile($"templates/{name}.hbs"),
                $"缺少页面模板 templates/{name}.hbs；请从仓库恢复"));
        }

        var body = Run(template, model);
        return Run(_pages["layout"], page with { Body = new TrustedHtml(body) });
    }

    private string Run((TemplateSource Source, HandlebarsTemplate<object, object> Run) template, object model)
    {
        try
        {
            return template.Run(model);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateFailure(TemplateErrors.From(e, template.Source, _partials));
        }
    }

    /// <summary>The .hbs files of one folder of the tool's embedded default templates (not its subfolders).</summary>
    private static IEnumerable<TemplateSource> EmbeddedTemplates(string relative) =>
        Tool.DefaultFiles.Under(relative).Where(f => !f.Contains('/', StringComparison.Ordinal) && f.EndsWith(".hbs", StringComparison.Ordinal))
            .Select(f => new TemplateSource($"{relative}/{f}", Tool.DefaultFiles.Text($"{relative}/{f}")));

    /// <summary>The .hbs files of a folder; links and special files were reported by the Load stage (GK1017) and are skipped.</summary>
    private static IEnumerable<TemplateSource> ReadTemplates(string dir, string relative)
    {
        var refused = new DiagnosticBag();
        foreach (var file in Gongkai.Load.RepoFiles.Entries(dir, relative, Gongkai.Load.EntryKind.File, refused).Where(f => f.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            if (Gongkai.Load.RepoFiles.ReadBytes(Path.Combine(dir, file), $"{relative}/{file}", MaxTemplateBytes, refused) is { } bytes)
            {
                yield return new TemplateSource($"{relative}/{file}", System.Text.Encoding.UTF8.GetString(bytes));
            }
        }
    }
}
