using Gongkai.BrowserTests.Support;
using Gongkai.Cli.Preview;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// The preview in Chromium: an open page reloads by itself when a build fails and shows the overlay, under the
/// site's CSP (no violation, no script error), and reloads again without it once the error is fixed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewOverlayTests(SiteFixture site)
{
    [BrowserFact]
    public async Task An_open_page_shows_the_error_overlay_live_and_loses_it_when_fixed()
    {
        var root = Path.Combine(site.Temp, "preview");
        SiteFixture.Copy(SiteFixture.RepoRoot, root);
        var preview = new PreviewSite(root, TextWriter.Null, TextWriter.Null);
        Assert.True(preview.Rebuild());
        var (app, origin) = await PreviewServer.StartAsync(preview, 0);
        await using var server = app;
        await using var tab = await site.OpenAsync();

        await tab.Page.GotoAsync(origin + "/");
        Assert.Equal(0, await tab.Page.Locator("#gongkai-overlay").CountAsync());

        var home = Path.Combine(root, "templates", "home.hbs");
        var template = await File.ReadAllTextAsync(home);
        await File.WriteAllTextAsync(home, template + "{{#if Site}\n");
        Assert.False(await Task.Run(preview.Rebuild));
        var overlay = tab.Page.Locator("#gongkai-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15000 });
        Assert.Matches("GK000[12]", await overlay.InnerTextAsync());
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));

        await File.WriteAllTextAsync(home, template);
        Assert.True(await Task.Run(preview.Rebuild));
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15000 });
        Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
    }
}
