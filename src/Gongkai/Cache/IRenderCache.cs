using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>Rendered files of a group of pages (one unit-year), by the hash of everything they depend on.</summary>
internal interface IRenderCache
{
    /// <summary>The files rendered last time under <paramref name="key"/>, or null when they are not (all) available.</summary>
    IReadOnlyList<OutputFile>? TryReplay(string key);

    void Store(string key, IReadOnlyList<OutputFile> files);

    /// <summary>
    /// The bytes of <paramref name="path"/> if a group replayed so far this build holds it (a site-wide download that
    /// repeats it copies them instead of making them again); null when none did or the file cannot be read as it was.
    /// </summary>
    byte[]? Replayed(string path);

    /// <summary>
    /// The content hash (<see cref="FileState.HashOf(ReadOnlySpan{byte})"/>) of <paramref name="path"/> if a group replayed or stored so far
    /// this build holds it; null when none did. A site-wide group that copies those files is keyed by these hashes.
    /// </summary>
    string? HashOf(string path);
}
