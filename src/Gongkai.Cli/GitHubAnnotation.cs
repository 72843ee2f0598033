namespace Gongkai.Cli;

/// <summary>
/// Escaping for GitHub workflow commands (<c>::error file=…,line=…::message</c>), as the Actions toolkit does:
/// a file name such as <c>a,line=999,title=X</c> must stay one property value and never forge another.
/// </summary>
internal static class GitHubAnnotation
{
    /// <summary>The message part: <c>%</c>, CR and LF.</summary>
    public static string Message(string text) => text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as a message, plus <c>:</c> and <c>,</c> which end a value.</summary>
    public static string Property(string text) => Message(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
