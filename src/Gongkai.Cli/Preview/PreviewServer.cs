using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Cli.Preview;

/// <summary>
/// Serves the current <see cref="SiteSnapshot"/> on 127.0.0.1 only. Every request reads the state once, so it is
/// answered from one build from start to end; nothing is read from disk while serving.
/// </summary>
internal static class PreviewServer
{
    /// <summary>Threads the pool starts without delay while serving: requests never queue behind more than this much background work.</summary>
    private const int MinWorkers = 32;

    /// <summary>Starts the server (port 0 picks a free one) and returns it with its origin, e.g. http://127.0.0.1:8080.</summary>
    public static async Task<(WebApplication App, string Origin)> StartAsync(PreviewSite site, int port, CancellationToken cancel = default)
    {
        // The background render fills the thread pool (parallel index batches, pack compression); below its minimum the
        // pool adds a thread at once, above it only every half second or so, which is how long a browser's request
        // waited behind that work (a preview seen 500-1,100 ms after its fast path had published it, at 1,000 unit-years).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinWorkers), io);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(context => Handle(context, site));
        await app.StartAsync(cancel);
        var origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return (app, origin);
    }

    private static async Task Handle(HttpContext context, PreviewSite site)
    {
        var state = site.State;
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        switch (path)
        {
            case PreviewAssets.ScriptPath:
                await Send(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
                return;
            case PreviewAssets.StylePath:
                await Send(context, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Style));
                return;
            case PreviewAssets.EventsPath:
                await Events(context, site, state);
                return;
        }

        if (state.Site is null)
        {
            await Send(context, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Inject(ErrorOverlay.Page(state.Problems), state, overlay: false)));
            return;
        }

        await ServeFile(context, state, state.Site, path);
    }

    private static async Task ServeFile(HttpContext context, PreviewState state, SiteSnapshot snapshot, string path)
    {
        var baseUrl = snapshot.BaseUrl;
        if (path + "/" == baseUrl)
        {
            context.Response.Redirect(baseUrl);
            return;
        }

        var relative = path.StartsWith(baseUrl, StringComparison.Ordinal) ? path[baseUrl.Length..] : null;
        if (relative is not null && (relative.Length == 0 || relative.EndsWith('/')))
        {
            relative += "index.html";
        }

        if (relative is not null && snapshot.Files.TryGetValue(relative, out var bytes))
        {
            await Send(context, 200, Write.ContentTypes.For(relative), bytes, state);
            return;
        }

        if (relative is not null && snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            context.Response.Redirect(path + "/");
            return;
        }

        if (snapshot.Files.TryGetValue("404.html", out var notFound))
        {
            await Send(context, 404, "text/html; charset=utf-8", notFound, state);
            return;
        }

        context.Response.StatusCode = 404;
    }

    /// <summary>Server-sent events: one "reload" as soon as the build version differs from the page's.</summary>
    private static async Task Events(HttpContext context, PreviewSite site, PreviewState state)
    {
        context.Response.ContentType = "text/event-stream";
        var since = int.TryParse(context.Request.Query["since"], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : state.Version;
        await context.Response.WriteAsync("retry: 1000\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await site.WaitForChangeAsync(since, context.RequestAborted);
            await context.Response.WriteAsync("data: reload\n\n", context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private static Task Send(HttpContext context, int status, string contentType, byte[] bytes, PreviewState state)
    {
        if (!contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            return Send(context, status, contentType, bytes);
        }

        return Send(context, status, contentType, Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(bytes), state, overlay: state.Problems.Count > 0)));
    }

    private static async Task Send(HttpContext context, int status, string contentType, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Adds the preview's stylesheet, the overlay (when the latest build failed) and the reload script.</summary>
    private static string Inject(string html, PreviewState state, bool overlay)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0)
        {
            html = html.Insert(head, $"<link rel=\"stylesheet\" href=\"{PreviewAssets.StylePath}\">");
        }

        var tail = (overlay ? ErrorOverlay.Html(state.Problems, hasSite: true) : "")
            + $"<script src=\"{PreviewAssets.ScriptPath}\" data-version=\"{state.Version}\" defer></script>";
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body >= 0 ? html.Insert(body, tail) : html + tail;
    }
}
