using System.Diagnostics;
using System.Text.Json;
using Gongkai.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.BrowserTests;

/// <summary>
/// axe-core on every page of the built site at a phone and a desktop width, and vnu on every HTML file: no violation, no
/// error. The failure message lists every rule with its node count and a few selectors, so a regression names its page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityAuditTests(SiteFixture site, ITestOutputHelper output)
{
    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Axe_finds_no_violation_on_any_page(int width, int height)
    {
        if (AuditTools.AxeMissing)
        {
            Assert.False(Chromium.Required, $"{AuditTools.AxeScript} is missing: run `npm ci` in tests/Gongkai.BrowserTests/Audit");
            return;
        }

        var axe = await File.ReadAllTextAsync(AuditTools.AxeScript);
        var pages = SitePages.Html(site.SiteDir);
        Assert.True(pages.Count > 50, $"only {pages.Count} pages found");
        // The audit injects axe.min.js, which the site's policy would refuse; the site's own scripts still run.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = true,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var failures = new List<string>();
        var nodes = 0;
        try
        {
            var page = await context.NewPageAsync();
            foreach (var path in pages)
            {
                await page.GotoAsync(site.Root.Url(path));
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
                var json = await page.EvaluateAsync<string>(
                    "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations"
                    + ".map(v => ({ id: v.id, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))");
                foreach (var violation in JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonOptions)!)
                {
                    nodes += violation.Nodes;
                    failures.Add($"{path}: {violation.Id} ×{violation.Nodes} ({string.Join(" | ", violation.Targets)})");
                }
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        output.WriteLine($"axe at {width}px: {failures.Count} violations, {nodes} nodes on {pages.Count} pages");
        Assert.True(failures.Count == 0, $"axe at {width}px: {failures.Count} violations, {nodes} nodes:\n{string.Join("\n", failures)}");
    }

    [BrowserFact]
    public async Task Vnu_finds_no_error_in_any_html_file()
    {
        if (AuditTools.VnuMissing)
        {
            Assert.False(Chromium.Required, $"vnu needs {AuditTools.VnuJar} (npm ci in tests/Gongkai.BrowserTests/Audit) and java (default-jre-headless)");
            return;
        }

        var files = SitePages.Html(site.SiteDir).Select(p => Path.Combine(site.SiteDir, p.Length == 0 || p.EndsWith('/') ? p + "index.html" : p)).ToList();
        var start = new ProcessStartInfo(AuditTools.Java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", AuditTools.VnuJar, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();
        using var doc = JsonDocument.Parse(report);
        var errors = doc.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"vnu: {errors.Count} errors in {files.Count} files");
        Assert.True(errors.Count == 0, $"vnu: {errors.Count} errors:\n{string.Join("\n", errors.Take(50))}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record AxeViolation(string Id, int Nodes, string[] Targets);
}
