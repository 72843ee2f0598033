using System.Reflection;

namespace Gongkai.Tool;

/// <summary>
/// The informational version of this build of Gongkai (e.g. <c>0.1.0+3f2a…</c>): printed by <c>gongkai --version</c>,
/// written into every page's <c>&lt;meta name="generator"&gt;</c>, and part of the build cache key, so a site always
/// says which generator made it.
/// </summary>
public static class ToolVersion
{
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
