using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Benchmarks.Scale;

/// <summary>Runs a build as a child process under /usr/bin/time -v: wall time, peak RSS, and the "stages" line if any.</summary>
internal static partial class ChildRun
{
    public static Measured Run(string output, string indexFolder, string program, params string[] args)
    {
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-v");
        info.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }

        var rss = long.Parse(Rss().Match(stderr.Result).Groups[1].Value, CultureInfo.InvariantCulture);
        var stages = Stages().Match(stdout.Result) is { Success: true } m
            ? m.Groups[1].Value.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList()
            : [];
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        var index = Path.Combine(output, indexFolder);
        var indexFiles = Directory.Exists(index) ? Directory.GetFiles(index, "*", SearchOption.AllDirectories).Length : 0;
        return new Measured(wall, stages, rss, files.Length, files.Sum(f => new FileInfo(f).Length), indexFiles);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex Rss();

    [GeneratedRegex(@"^stages ([\d. ]+)$", RegexOptions.Multiline)]
    private static partial Regex Stages();
}
