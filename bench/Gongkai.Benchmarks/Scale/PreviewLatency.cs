using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// Preview latency: starts <c>gongkai serve</c> on the site, waits for the first build, saves one edited number and
/// polls the page over HTTP (as a browser's reload would) until it shows the new number; then, two seconds later
/// (while the whole site is still being rendered again in the background at scale), a second edit. Milliseconds of
/// each, or null.
/// </summary>
internal static class PreviewLatency
{
    public static (double First, double Second)? Measure(string cli, string site, int port)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "serve", "--root", site, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        using var server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var edit = OneEdit.Staffing(site, 73519);
            var url = $"http://127.0.0.1:{port}/{edit.Page}";
            if (!Poll(http, url, body => body.Length > 0 && !body.Contains(edit.Marker, StringComparison.Ordinal), TimeSpan.FromMinutes(15)))
            {
                return null;
            }

            var clock = Stopwatch.StartNew();
            edit.Apply();
            if (!Poll(http, url, body => body.Contains(edit.Marker, StringComparison.Ordinal), TimeSpan.FromMinutes(5)))
            {
                return null;
            }

            var first = clock.Elapsed.TotalMilliseconds;
            Thread.Sleep(2000);
            using var second = OneEdit.Staffing(site, 73520, restore: false);
            clock.Restart();
            second.Apply();
            return Poll(http, url, body => body.Contains(second.Marker, StringComparison.Ordinal), TimeSpan.FromMinutes(5)) ? (first, clock.Elapsed.TotalMilliseconds) : null;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static bool Poll(HttpClient http, string url, Func<string, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                using var response = http.GetAsync(url).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode && done(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()))
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
