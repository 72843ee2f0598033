namespace Gongkai.BrowserTests.Support;

/// <summary>All browser tests share one built site, one host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
