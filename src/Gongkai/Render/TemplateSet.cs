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
    private readonly Dictionary<string, (TemplateSource Source, HandlebarsTemplate<TextWriter, object, object> Run)> _pages = new(StringComparer.Ordinal);
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
            Try(page, () => set._pages[Path.GetFileNameWithoutExtension(page.File)] = (page, env.Compile(new StringReader(page.Compilable))));
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
    public string Page(string name, PageContext page, object model) => System.Text.Encoding.UTF8.GetString(PageBytes(name, page, model));

    /// <summary>As <see cref="Page"/>, as the UTF-8 bytes of the file (the only allocation per page that stays).</summary>
    public byte[] PageBytes(string name, PageContext page, object model)
    {
        if (!_pages.TryGetValue(name, out var template))
        {
            throw new TemplateFailure(new Diagnostic(Severity.Error, DiagnosticCodes.Template, SourceSpan.WholeFile($"templates/{name}.hbs"),
                $"缺少页面模板 templates/{name}.hbs；请从仓库恢复"));
        }

        // A thread renders one page at a time; a nested render (none today) would get writers of its own.
        var writers = t_writers is { InUse: false } free ? free : new Writers();
        t_writers ??= writers;
        writers.InUse = true;
        try
        {
            writers.Body.Clear();
            writers.Layout.Clear();
            Run(template, writers.Body, model);

            // The layout gets a marker for the body and the body is put in its place while encoding: the body's
            // text is copied once, into the file's bytes, not into a string and again through the layout.
            Run(_pages["layout"], writers.Layout, page with { Body = BodyMarker });
            return Splice(writers.Layout.Text, writers.Body.Text);
        }
        finally
        {
            writers.InUse = false;
        }
    }

    [ThreadStatic]
    private static Writers? t_writers;

    /// <summary>Cannot occur in a page: content with control characters is refused at load (GK1022) and templates are the maintainer's own.</summary>
    private static readonly TrustedHtml BodyMarker = new("\u0001gongkai-body\u0001");

    private static byte[] Splice(ReadOnlySpan<char> layout, ReadOnlySpan<char> body)
    {
        var marker = BodyMarker.Html.AsSpan();
        var at = layout.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return Encode(layout);
        }

        var before = layout[..at];
        var after = layout[(at + marker.Length)..];
        if (after.IndexOf(marker, StringComparison.Ordinal) >= 0)
        {
            // A layout that prints the body twice: the general replace, as rare as it is odd.
            return System.Text.Encoding.UTF8.GetBytes(layout.ToString().Replace(BodyMarker.Html, body.ToString(), StringComparison.Ordinal));
        }

        var utf8 = System.Text.Encoding.UTF8;
        var bytes = new byte[utf8.GetByteCount(before) + utf8.GetByteCount(body) + utf8.GetByteCount(after)];
        var written = utf8.GetBytes(before, bytes);
        written += utf8.GetBytes(body, bytes.AsSpan(written));
        utf8.GetBytes(after, bytes.AsSpan(written));
        return bytes;
    }

    private static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private void Run((TemplateSource Source, HandlebarsTemplate<TextWriter, object, object> Run) template, TextWriter writer, object model)
    {
        try
        {
            template.Run(writer, model);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateFailure(TemplateErrors.From(e, template.Source, _partials));
        }
    }

    private sealed class Writers
    {
        public PageWriter Body { get; } = new();

        public PageWriter Layout { get; } = new();

        public bool InUse { get; set; }
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
