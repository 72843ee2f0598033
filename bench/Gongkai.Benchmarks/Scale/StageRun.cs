using System.Diagnostics;
using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Index;
using Gongkai.Load;
using Gongkai.Render;
using Gongkai.Validate;
using Gongkai.Write;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// One full build in a child process (so /usr/bin/time measures its peak RSS alone), stage by stage as
/// BuildPipeline.Run does it, printing one line "stages load validate render index write" in seconds.
/// </summary>
internal static class StageRun
{
    public static int Run(string root, string output)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(root, bag);
        var load = clock.Elapsed.TotalSeconds;
        Validator.Run(content, bag);
        var diagnostics = bag.Sorted();
        var validate = clock.Elapsed.TotalSeconds - load;
        if (diagnostics.Any(d => d.IsBlocking))
        {
            Console.Error.WriteLine($"{root}: {diagnostics.First(d => d.IsBlocking).Message}");
            return 1;
        }

        var files = SiteRenderer.Render(content, diagnostics, root);
        var render = clock.Elapsed.TotalSeconds - load - validate;
        files.AddRange(SearchIndexBuilder.Build(content, files));
        var index = clock.Elapsed.TotalSeconds - load - validate - render;
        SiteWriter.Write(output, files);
        var write = clock.Elapsed.TotalSeconds - load - validate - render - index;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages {load:F2} {validate:F2} {render:F2} {index:F2} {write:F2}"));
        
        return 0;
    }
}
