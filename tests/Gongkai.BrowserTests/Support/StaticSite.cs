using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.BrowserTests.Support;

/// <summary>
/// A tiny static file host for a built site on 127.0.0.1 (random free port), serving it under a path prefix
/// ("/" or a sub-path like "/yusuan/") and nothing outside it, like a plain web server would.
/// Shared with bench/ (linked source), so keep it dependency-free.
/// </summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, string origin, string prefix, ConcurrentQueue<(string Path, long Bytes)> served)
    {
        _app = app;
        Origin = origin;
        Prefix = prefix;
        Served = served;
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public string Origin { get; }

    /// <summary>The path the site is served under, starting and ending with '/'.</summary>
    public string Prefix { get; }

    /// <summary>Every file served (request path and bytes), counted at the server so worker fetches are included.</summary>
    public ConcurrentQueue<(string Path, long Bytes)> Served { get; }

    public string Url(string path = "") => Origin + Prefix + path.TrimStart('/');

    public static async Task<StaticSite> StartAsync(string directory, string prefix = "/")
    {
        var root = Path.GetFullPath(directory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var served = new ConcurrentQueue<(string Path, long Bytes)>();
        app.Run(context => Serve(context, root, prefix, served));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSite(app, address.TrimEnd('/'), prefix, served);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task Serve(HttpContext context, string root, string prefix, ConcurrentQueue<(string Path, long Bytes)> served)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (!path.StartsWith(prefix, StringComparison.Ordinal) && path + "/" != prefix)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var relative = path.Length > prefix.Length ? path[prefix.Length..] : "";
        var file = Path.GetFullPath(Path.Combine(root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (!File.Exists(file) && Directory.Exists(file))
        {
            context.Response.Redirect(context.Request.Path + "/");
            return;
        }

        if (!File.Exists(file))
        {
            context.Response.StatusCode = 404;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file))
            {
                return;
            }
        }

        context.Response.ContentType = Gongkai.Write.ContentTypes.For(file);
        served.Enqueue((context.Request.Path.Value ?? "", new FileInfo(file).Length));
        await context.Response.SendFileAsync(file);
    }
}
