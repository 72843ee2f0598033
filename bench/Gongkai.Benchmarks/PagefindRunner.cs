using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gongkai.Benchmarks;

/// <summary>Pagefind from npm, installed into a temp folder and run on a built site (<c>npx pagefind --site DIR</c>).</summary>
internal sealed partial class PagefindRunner(string npmDir, string version)
{
    public string Version => version;

    public void Install()
    {
        Directory.CreateDirectory(npmDir);
        if (!File.Exists(Path.Combine(npmDir, "node_modules", ".bin", "pagefind")))
        {
            Run("npm", $"install --no-audit --no-fund --no-save pagefind@{version}", npmDir);
        }
    }

    /// <summary>Indexes the site; returns the wall time (with node start-up) and the time Pagefind reports for itself.</summary>
    public (TimeSpan Wall, double? Reported) Index(string site)
    {
        var clock = Stopwatch.StartNew();
        var output = Run("npx", $"--no-install pagefind --site \"{site}\"", npmDir);
        var wall = clock.Elapsed;
        var reported = Finished().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
        return (wall, reported);
    }

    /// <summary>Result ids (fragment names) to page URLs, read from the fragments on disk (gzip, "pagefind_dcd" + JSON).</summary>
    public static Dictionary<string, string> FragmentUrls(string site)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site, "pagefind", "fragment")))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            var text = reader.ReadToEnd();
            var json = text[text.IndexOf('{', StringComparison.Ordinal)..];
            using var document = JsonDocument.Parse(json);
            urls[Path.GetFileNameWithoutExtension(file)] = document.RootElement.GetProperty("url").GetString()!.TrimStart('/');
        }

        return urls;
    }

    private static string Run(string file, string arguments, string directory)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
        }

        return stdout;
    }

    [GeneratedRegex(@"Finished in ([0-9.]+) seconds")]
    private static partial Regex Finished();
}
