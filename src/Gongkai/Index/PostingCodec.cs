namespace Gongkai.Index;

/// <summary>
/// A term's posting list: the passages it occurs in, each with a two-bit weight (0 body, 1 body and repeated or
/// an exact word, 2 row label, 3 title). Two encodings, whichever is smaller:
/// sparse (type 0): per passage varint(gap &lt;&lt; 2 | weight);
/// dense (type 1): a bitmap over the passages from the first one's byte, then the passages where the term is
/// in the title as a count and varint gaps. Dense lists keep only the title weight: on a word found in most
/// passages, row labels would cost more bytes than they are worth in ranking.
/// </summary>
internal static class PostingCodec
{
    public const byte Sparse = 0;
    public const byte Dense = 1;

    /// <summary>
    /// True when a list from passage <paramref name="firstDoc"/> to <paramref name="lastDoc"/> whose sparse form is
    /// <paramref name="sparseLength"/> bytes is stored sparse: its bitmap (plus a few header bytes) could not be shorter.
    /// </summary>
    public static bool SparseWins(int firstDoc, int lastDoc, int sparseLength) => (lastDoc / 8) - (firstDoc / 8) + 1 + 4 >= sparseLength;

    /// <summary>Encodes entries (passage &lt;&lt; 2 | weight) sorted by passage.</summary>
    public static byte[] Encode(IReadOnlyList<int> entries)
    {
        var sparse = new ByteWriter().Byte(Sparse);
        var previous = 0;
        foreach (var entry in entries)
        {
            var doc = entry >> 2;
            sparse.VarInt(((long)(doc - previous) << 2) | (uint)(entry & 3));
            previous = doc;
        }

        var first = (entries[0] >> 2) / 8;
        var bitmapLength = ((entries[^1] >> 2) / 8) - first + 1;
        if (SparseWins(entries[0] >> 2, entries[^1] >> 2, sparse.Length))
        {
            return sparse.ToArray();
        }

        var bitmap = new byte[bitmapLength];
        var titles = new List<int>();
        foreach (var entry in entries)
        {
            var doc = entry >> 2;
            bitmap[(doc / 8) - first] |= (byte)(1 << (doc % 8));
            if ((entry & 3) == 3)
            {
                titles.Add(doc);
            }
        }

        var dense = new ByteWriter().Byte(Dense).VarInt(first).VarInt(bitmapLength).Bytes(bitmap).VarInt(titles.Count);
        previous = 0;
        foreach (var doc in titles)
        {
            dense.VarInt(doc - previous);
            previous = doc;
        }

        return dense.Length < sparse.Length ? dense.ToArray() : sparse.ToArray();
    }

    /// <summary>Decodes to (passage, weight) pairs in passage order; <paramref name="count"/> is the term's passage count.</summary>
    public static List<(int Doc, int Weight)> Decode(byte[] bytes, int offset, int count)
    {
        var reader = new ByteReader(bytes, offset);
        var result = new List<(int, int)>(count);
        var type = reader.Byte();
        if (type == Sparse)
        {
            var doc = 0;
            for (var i = 0; i < count; i++)
            {
                var v = reader.VarInt();
                doc += (int)(v >> 2);
                result.Add((doc, (int)(v & 3)));
            }

            return result;
        }

        var first = reader.Int();
        var length = reader.Int();
        var bitmap = reader.Span(length).ToArray();
        var titles = new HashSet<int>();
        var n = reader.Int();
        var previous = 0;
        for (var i = 0; i < n; i++)
        {
            previous += reader.Int();
            titles.Add(previous);
        }

        for (var j = 0; j < length; j++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                if ((bitmap[j] & (1 << bit)) != 0)
                {
                    var doc = ((first + j) * 8) + bit;
                    result.Add((doc, titles.Contains(doc) ? 3 : 0));
                }
            }
        }

        return result;
    }
}
