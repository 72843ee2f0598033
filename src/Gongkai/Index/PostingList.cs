namespace Gongkai.Index;

/// <summary>
/// One term's postings while the index is built: passages arrive in order, so they are kept as the sparse varint
/// gaps of <see cref="PostingCodec"/> (a byte or two each) rather than as a list of integers.
/// </summary>
internal sealed class PostingList
{
    private readonly ByteWriter _gaps = new();
    private int _first;
    private int _last;

    public int Count { get; private set; }

    public void Add(int doc, int weight)
    {
        if (Count == 0)
        {
            _first = doc;
        }

        _gaps.VarInt(((long)(doc - _last) << 2) | (uint)weight);
        _last = doc;
        Count++;
    }

    /// <summary>
    /// Appends a run's list of this term whose passages start at <paramref name="offset"/> (after every passage added
    /// so far): its first gap is re-encoded from this list's last passage, the rest are copied as they are.
    /// </summary>
    public void Append(int offset, TermRun run)
    {
        var gaps = run.Gaps.AsSpan();
        var at = 0;
        var first = ByteReader.VarInt(gaps, ref at);
        var doc = offset + (int)(first >> 2);
        if (Count == 0)
        {
            _first = doc;
        }

        _gaps.VarInt(((long)(doc - _last) << 2) | (first & 3)).Raw(gaps[at..]);
        _last = offset + run.Last;
        Count += run.Count;
    }

    /// <summary>This list (numbered from a run's first passage) as a run of <paramref name="term"/>.</summary>
    public TermRun AsRun(string term) => new(term, Count, _last, _gaps.ToArray());

    /// <summary>
    /// The list as <see cref="PostingCodec.Encode"/> encodes it. The gaps kept here are its sparse form already, so when
    /// the dense form cannot be smaller (most terms) they are the answer, without being decoded and encoded again
    /// (that round trip for every term was a visible share of each build's index).
    /// </summary>
    public byte[] Encode()
    {
        var sparse = 1 + _gaps.Length;
        if (PostingCodec.SparseWins(_first, _last, sparse))
        {
            var bytes = new byte[sparse];
            bytes[0] = PostingCodec.Sparse;
            _gaps.CopyTo(bytes.AsSpan(1));
            return bytes;
        }

        return PostingCodec.Encode(Entries());
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
