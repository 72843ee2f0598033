using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// Deflated bytes by their hash and size, as <see cref="DeflateMemo"/> returns them: compressed already, or (found
/// unchanged) compressed from the raw bytes only if <see cref="Bytes"/> is asked for.
/// </summary>
internal sealed class Deflated
{
    private readonly Lazy<byte[]> _bytes;

    private Deflated(string hash, int length, Lazy<byte[]> bytes)
    {
        Hash = hash;
        Length = length;
        _bytes = bytes;
    }

    public string Hash { get; }

    public int Length { get; }

    public byte[] Bytes => _bytes.Value;

    public static Deflated Made(string hash, byte[] compressed) => new(hash, compressed.Length, new Lazy<byte[]>(compressed));

    /// <summary>Found unchanged: <paramref name="raw"/> is compressed again only if the bytes are asked for.</summary>
    public static Deflated Unchanged(DeflateMemoEntry entry, byte[] raw) =>
        new(entry.Hash, entry.Length, new Lazy<byte[]>(() => Deflate.Compress(raw), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>The output file at <paramref name="path"/>: replayed by hash when found unchanged, so the writer links it.</summary>
    public OutputFile File(string path) =>
        _bytes.IsValueCreated ? new OutputFile(path, _bytes.Value) { KnownHash = Hash } : OutputFile.Replayed(path, Hash, () => Bytes);
}
