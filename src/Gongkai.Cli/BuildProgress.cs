using Spectre.Console;

namespace Gongkai.Cli;

/// <summary>
/// Shows that a long build is working: a Spectre.Console spinner with the elapsed time on an interactive terminal,
/// one plain line in CI (<c>CI=true</c>) or when the output is redirected or captured, where a spinner's redraws
/// would fill the log.
/// </summary>
internal static class BuildProgress
{
    public static T Run<T>(string what, TextWriter stdout, Func<T> work)
    {
        if (!Interactive(stdout))
        {
            stdout.WriteLine($"{what}…");
            return work();
        }

        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(what, _ => work());
    }

    public static bool Interactive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && !InCi() && AnsiConsole.Profile.Capabilities.Interactive;

    private static bool InCi() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
}
