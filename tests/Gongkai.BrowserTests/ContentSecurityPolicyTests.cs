using Gongkai.BrowserTests.Support;

namespace Gongkai.BrowserTests;

/// <summary>Every page kind works under its Content-Security-Policy: no violation is reported (chart SVG, search, styles).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(SiteFixture site)
{
    public static TheoryData<string> PageKinds() =>
    [
        "", "years/2025/", "units/changji-hitech-zone/", "units/changji-hitech-zone/2025/",
        "units/changji-hitech-zone/2025/tables/expenditure-summary/", "units/changji-hitech-zone/2025/explanations/",
        "units/changji-hitech-zone/2025/performance/", "glossary/", "search/?q=" + Uri.EscapeDataString("科学技术支出"), "404.html",
    ];

    [BrowserTheory]
    [MemberData(nameof(PageKinds))]
    public async Task A_page_declares_the_policy_and_breaks_none_of_it(string path)
    {
        await using var tab = await site.OpenAsync(enforceCsp: true);
        await tab.Page.AddInitScriptAsync(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        await tab.Page.GotoAsync(site.Root.Url(path));
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        if (path.StartsWith("search/", StringComparison.Ordinal))
        {
            // A locator, not WaitForFunctionAsync: Playwright would eval a string predicate, which the policy forbids.
            await tab.Page.Locator("#search-status", new() { HasText = "共找到" }).WaitForAsync();
            Assert.True(await tab.Page.Locator("#search-results > li").CountAsync() > 0);
        }

        var policy = await tab.Page.Locator("meta[http-equiv='Content-Security-Policy']").GetAttributeAsync("content");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        var violations = await tab.Page.EvaluateAsync<string[]>("window.__csp");
        Assert.Empty(violations);
        Assert.DoesNotContain(tab.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
