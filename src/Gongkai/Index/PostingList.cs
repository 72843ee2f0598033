namespace Gongkai.Index;

/// <summary>
/// One term's postings while the index is built: passages arrive in order, so they are kept as the sparse varint
/// gaps of <see cref="PostingCodec"/> (a byte or two each) rather than as a list of integers.
/// </summary>
internal sealed class PostingList
{
    private readonly ByteWriter _gaps = new();
    private int _last;

    public int Count { get; private set; }

    public void Add(int doc, int weight)
    {
        _gaps.VarInt(((long)(doc - _last) << 2) | (uint)weight);
        _last = doc;
        Count++;
    }

    /// <summary>The entries (passage &lt;&lt; 2 | weight) in passage order, as <see cref="PostingCodec.Encode"/> takes them.</summary>
    public List<int> Entries()
    {
        var reader = new ByteReader(_gaps.ToArray());
        var entries = new List<int>(Count);
        var doc = 0;
        for (var i = 0; i < Count; i++)
        {
            var v = reader.VarInt();
            doc += (int)(v >> 2);
            entries.Add((doc << 2) | (int)(v & 3));
        }

        return entries;
    }
}
