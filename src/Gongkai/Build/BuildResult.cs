using Gongkai.Diagnostics;

namespace Gongkai.Build;

/// <summary>The outcome of a build or check: diagnostics, and what was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, string? OutputPath, TimeSpan Elapsed)
{
    /// <summary>Set when a command-line value (not content) was refused, e.g. <c>--out content</c>.</summary>
    public bool UsageError { get; init; }

    /// <summary>Stage times and cache use of a build that wrote the site.</summary>
    public StageTimes? Stages { get; init; }

    /// <summary>0 success, 1 content errors, 2 a refused command-line value (the CLI also uses 2 for internal failures).</summary>
    public int ExitCode => UsageError ? 2 : Diagnostics.Any(d => d.IsBlocking) ? 1 : 0;
}
