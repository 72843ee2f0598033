using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Support;

/// <summary>Debian's chromium, launched by Playwright (which never downloads a browser here).</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>Under CI the browser tests must run (a missing browser fails them); elsewhere they skip without one.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static bool ShouldSkip => !Installed && !Required;

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    };
}
