namespace Gongkai.Index;

/// <summary>Lexicographic order of byte strings (terms sort by their UTF-8 bytes, the same on every machine).</summary>
internal sealed class ByteOrder : IComparer<byte[]>
{
    public static ByteOrder Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y.AsSpan());
}
