namespace Gongkai.Write;

/// <summary>A file of the built site: a path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>The content's <see cref="Cache.FileState.HashOf"/> when already known (a file replayed from the cache, checked on reading), so it is not hashed twice.</summary>
    internal string? KnownHash { get; init; }

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
