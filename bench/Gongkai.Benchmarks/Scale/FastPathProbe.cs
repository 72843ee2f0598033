using System.Diagnostics;
using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Render;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// The preview's fast path alone, in process: opens the site once, then times reloading, checking and rendering
/// its first unit (as after one saved edit) several times and prints the parts in milliseconds.
/// </summary>
internal static class FastPathProbe
{
    public static int Run(string root)
    {
        var clock = Stopwatch.StartNew();
        var session = ContentSession.Open(root);
        var templates = TemplateSet.Load(root, new DiagnosticBag())!;
        Console.WriteLine($"open {clock.ElapsedMilliseconds} ms, {session.Content.Units.Count} units, {session.Diagnostics.Count} diagnostics");
        var unit = session.Content.Units.Select(u => u.Id).Order(StringComparer.Ordinal).First();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            var units = session.UnitsOf([$"content/units/{unit}/unit.yml"])!;
            var updated = session.Update(units);
            var check = clock.Elapsed.TotalMilliseconds;
            var files = SiteRenderer.TryRenderUnits(updated.Content, updated.Diagnostics, root, templates, updated.Content.Units.Where(u => units.Contains(u.Id)), new DiagnosticBag())!;
            Console.WriteLine($"run {i}: load+check {check:F0} ms, render {clock.Elapsed.TotalMilliseconds - check:F0} ms, {files.Count} files");
            session = updated;
        }

        return 0;
    }
}
