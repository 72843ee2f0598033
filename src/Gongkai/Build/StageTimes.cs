namespace Gongkai.Build;

/// <summary>
/// Where a build spent its time (for the scale benchmark). Pages are written while they are rendered, so Render
/// includes writing them; Finish is the swap and the cache. Reused counts unit-years replayed from the cache,
/// Linked the unchanged files hard-linked from the previous site instead of written, UnitsReused the units whose
/// model was read from the cache instead of parsed,
/// RunsReused the index runs (one kind of one disclosure) read from the cache instead of made, FilesUnread the content
/// files whose hash the unit keys took from the memo of their status instead of reading them.
/// </summary>
public sealed record StageTimes(TimeSpan Load, TimeSpan Validate, TimeSpan Render, TimeSpan Index, TimeSpan Finish)
{
    public int Reused { get; init; }

    public int Linked { get; init; }

    public int UnitsReused { get; init; }

    public int RunsReused { get; init; }

    public int FilesUnread { get; init; }
}
