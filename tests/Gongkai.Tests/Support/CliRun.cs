using Gongkai.Cli;

namespace Gongkai.Tests.Support;

/// <summary>One run of the real command line in-process, with a hang guard (a hang is a failure, not a wait).</summary>
internal sealed record CliRun(int Exit, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;

    public static async Task<CliRun> Start(TimeSpan limit, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() => GongkaiCommand.RunAsync(args, stdout, stderr));
        var finished = await Task.WhenAny(run, Task.Delay(limit));
        Assert.True(finished == run, $"gongkai {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s");
        return new CliRun(await run, stdout.ToString(), stderr.ToString());
    }

    /// <summary>True when some output line starts with <paramref name="where"/> and reports <paramref name="code"/>.</summary>
    public bool Reports(string where, string code) =>
        All.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($" {code}: ", StringComparison.Ordinal));
}
