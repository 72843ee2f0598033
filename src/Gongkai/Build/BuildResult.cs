using Gongkai.Diagnostics;

namespace Gongkai.Build;

/// <summary>The outcome of a build or check: diagnostics, and what was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, string? OutputPath, TimeSpan Elapsed)
{
    /// <summary>0 success, 1 content errors (the CLI adds 2 for usage and internal failures).</summary>
    public int ExitCode => Diagnostics.Any(d => d.IsBlocking) ? 1 : 0;
}
