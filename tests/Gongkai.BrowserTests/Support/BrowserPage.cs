using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Support;

/// <summary>A page in its own context, with the requests it made (and their sizes) and the script errors it hit.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            // The browser's own /favicon.ico probe is not the site's doing (the layout links no icon).
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                Errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status < 300)
            {
                Responses.Add(response);
            }
            else if (response.Status >= 400)
            {
                Errors.Add($"{response.Status} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> Requests { get; } = [];

    public List<string> Errors { get; } = [];

    public List<IResponse> Responses { get; } = [];

    /// <summary>Bytes of the bodies of responses whose URL contains <paramref name="part"/>.</summary>
    public async Task<long> BytesAsync(string part)
    {
        long total = 0;
        foreach (var response in Responses.Where(r => r.Url.Contains(part, StringComparison.Ordinal)).ToList())
        {
            total += (await response.BodyAsync()).Length;
        }

        return total;
    }

    /// <summary>Text-only zoom as a browser does it: the root font size grows, the viewport stays (1 leaves the page as it is).</summary>
    public async Task ZoomTextAsync(int textZoom)
    {
        if (textZoom != 1)
        {
            await Page.EvaluateAsync("z => { document.documentElement.style.fontSize = (100 * z) + '%'; }", textZoom);
        }
    }

    /// <summary>
    /// Opens each page in turn, its text zoomed by <paramref name="textZoom"/> (<see cref="ZoomTextAsync"/>), and
    /// collects what <paramref name="script"/> reports there, each line prefixed with the page and <paramref name="label"/>.
    /// </summary>
    public async Task<List<string>> CollectAsync(StaticSite host, IEnumerable<string> paths, string script, object? arg, string label, int textZoom = 1)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await Page.GotoAsync(host.Url(path));
            await ZoomTextAsync(textZoom);
            problems.AddRange((await Page.EvaluateAsync<string[]>(script, arg)).Select(p => $"/{path} @ {label}: {p}"));
        }

        return problems;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
