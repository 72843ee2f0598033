namespace Gongkai.Write;

/// <summary>A file of the built site: a path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile
{
    private readonly byte[]? _content;
    private readonly Func<byte[]>? _load;

    public OutputFile(string path, byte[] content)
    {
        Path = path;
        _content = content;
    }

    private OutputFile(string path, Func<byte[]> load, string hash)
    {
        Path = path;
        _load = load;
        KnownHash = hash;
    }

    public string Path { get; init; }

    /// <summary>
    /// The bytes; a file replayed from the previous site (see <see cref="Replayed"/>) or spooled to disk (see
    /// <see cref="Spooled"/>) reads them only when asked.
    /// </summary>
    public byte[] Content => _content ?? _load!();

    /// <summary>The content's <see cref="Cache.FileState.HashOf(ReadOnlySpan{byte})"/> when already known (a file replayed from the cache), so it is not hashed twice.</summary>
    internal string? KnownHash { get; init; }

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A file of the previous site that this build produces unchanged. Its bytes are usually never read: the staging
    /// writer hard-links it by hash. <paramref name="load"/> reads them when a link cannot be made.
    /// </summary>
    internal static OutputFile Replayed(string path, string hash, Func<byte[]> load) => new(path, load, hash);

    /// <summary>
    /// The full path of the build's temporary file that holds this file's bytes (<see cref="Spool"/>), which the staging
    /// writer moves into place instead of reading; null for a file held in memory or replayed.
    /// </summary>
    internal string? SpoolPath { get; private init; }

    /// <summary>The size in bytes (a spooled file's is read from its file, not by loading it).</summary>
    internal long Length => SpoolPath is { } spooled ? new FileInfo(spooled).Length : Content.Length;

    /// <summary>Copies the bytes into <paramref name="target"/>, a spooled file's through a buffer rather than loaded whole.</summary>
    internal void CopyTo(Stream target)
    {
        if (SpoolPath is { } spooled)
        {
            using var source = new FileStream(spooled, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            source.CopyTo(target);
        }
        else
        {
            target.Write(Content);
        }
    }

    /// <summary>A file written to <paramref name="spooled"/> as it was made (too big to hold), of the given hash.</summary>
    internal static OutputFile Spooled(string path, string spooled, string hash) =>
        new(path, () => File.ReadAllBytes(spooled), hash) { SpoolPath = spooled };
}
