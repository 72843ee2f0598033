namespace Gongkai.BrowserTests.Support;

/// <summary>A data-driven test that needs Chromium; skipped like <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.ShouldSkip)
        {
            Skip = $"{Chromium.ExecutablePath} is not installed (set CI=true to make this a failure)";
        }
    }
}
