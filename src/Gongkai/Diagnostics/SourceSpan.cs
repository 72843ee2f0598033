namespace Gongkai.Diagnostics;

/// <summary>Where a value came from: a path relative to the site root (with '/') and its start mark.</summary>
public readonly record struct SourceSpan(string File, SourceMark Start)
{
    /// <summary>A span naming a whole file, for problems that have no finer position.</summary>
    public static SourceSpan WholeFile(string file) => new(file, SourceMark.Start);

    public override string ToString() => $"{File}:{Start.Line}:{Start.Column}";
}
