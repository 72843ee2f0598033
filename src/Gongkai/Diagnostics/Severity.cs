namespace Gongkai.Diagnostics;

/// <summary>How bad a diagnostic is; only <see cref="Error"/> fails a build.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
