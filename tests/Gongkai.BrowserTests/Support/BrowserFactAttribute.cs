namespace Gongkai.BrowserTests.Support;

/// <summary>A test that needs Chromium: skipped (not failed) only when it is missing and CI is not set.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ShouldSkip)
        {
            Skip = $"{Chromium.ExecutablePath} is not installed (set CI=true to make this a failure)";
        }
    }
}
