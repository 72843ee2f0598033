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

    /// <summary>The bytes; a file replayed from the previous site reads them only when asked (see <see cref="Replayed"/>).</summary>
    public byte[] Content => _content ?? _load!();

    /// <summary>The content's <see cref="Cache.FileState.HashOf"/> when already known (a file replayed from the cache), so it is not hashed twice.</summary>
    internal string? KnownHash { get; init; }

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A file of the previous site that this build produces unchanged. Its bytes are usually never read: the staging
    /// writer hard-links it by hash. <paramref name="load"/> reads them when a link cannot be made.
    /// </summary>
    internal static OutputFile Replayed(string path, string hash, Func<byte[]> load) => new(path, load, hash);
}
