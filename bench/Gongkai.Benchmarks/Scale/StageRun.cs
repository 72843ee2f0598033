using System.Globalization;
using Gongkai.Build;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// One build in a child process (so /usr/bin/time measures its peak RSS alone) through the real pipeline, printing
/// "stages load validate render index finish reused linked units runs unread" (seconds; render includes writing the pages).
/// </summary>
internal static class StageRun
{
    public static int Run(string root, string output)
    {
        var result = BuildPipeline.Run(new BuildOptions(root, output));
        if (result.ExitCode != 0 || result.Stages is not { } s)
        {
            Console.Error.WriteLine($"{root}: {result.Diagnostics.FirstOrDefault(d => d.IsBlocking)?.ToString() ?? "build failed"}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stages {s.Load.TotalSeconds:F2} {s.Validate.TotalSeconds:F2} {s.Render.TotalSeconds:F2} {s.Index.TotalSeconds:F2} {s.Finish.TotalSeconds:F2} {s.Reused} {s.Linked} {s.UnitsReused} {s.RunsReused} {s.FilesUnread}"));
        // The collector's share, for the profile (stderr: the parent reads only the stages line).
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gc gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s allocated {GC.GetTotalAllocatedBytes() / 1e9:F1} GB"));
        return 0;
    }
}
