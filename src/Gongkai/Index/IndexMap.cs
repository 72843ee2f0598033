namespace Gongkai.Index;

/// <summary>
/// map.bin decoded: per passage its kind, unit (-1: none), year index (-1: none) and group (disclosure, -1: none);
/// per unit its region; per pack its first passage.
/// </summary>
internal sealed class IndexMap
{
    public IndexMap(byte[] bytes)
    {
        var reader = new ByteReader(Deflate.Decompress(bytes));
        if (reader.Byte() != 'G' || reader.Byte() != 'K' || reader.Int() != SearchIndexBuilder.Version)
        {
            throw new InvalidDataException("map.bin: not a search index map of this version");
        }

        UnitRegion = [.. ReadArray(reader).Select(r => r - 1)];
        var groupsPerUnit = ReadArray(reader);
        var groupYear = ReadArray(reader);
        var groupUnit = groupsPerUnit.SelectMany((n, u) => Enumerable.Repeat(u, n)).ToArray();
        var kinds = new List<DocKind>();
        var unitOf = new List<int>();
        var yearOf = new List<int>();
        var groupOf = new List<int>();
        void Add(DocKind kind, int count, int unit, int year, int group = -1)
        {
            for (var i = 0; i < count; i++)
            {
                kinds.Add(kind);
                unitOf.Add(unit);
                yearOf.Add(year);
                groupOf.Add(group);
            }
        }

        Add(DocKind.Glossary, reader.Int(), -1, -1);
        foreach (var kind in DocKinds.All)
        {
            var counts = ReadArray(reader);
            for (var i = 0; i < counts.Length; i++)
            {
                if (kind == DocKind.Unit)
                {
                    Add(kind, counts[i], i, -1);
                }
                else
                {
                    Add(kind, counts[i], groupUnit[i], groupYear[i], i);
                }
            }
        }

        var start = 0;
        PackStarts = [.. ReadArray(reader).Select(n => (start += n) - n)];
        Kind = [.. kinds];
        Group = [.. groupOf];
        Unit = [.. unitOf];
        Year = [.. yearOf];
    }

    public IReadOnlyList<int> UnitRegion { get; }

    public IReadOnlyList<DocKind> Kind { get; }

    public IReadOnlyList<int> Unit { get; }

    public IReadOnlyList<int> Year { get; }

    public IReadOnlyList<int> Group { get; }

    /// <summary>The first passage of each pack, ascending.</summary>
    public int[] PackStarts { get; }

    /// <summary>The pack holding passage <paramref name="doc"/>.</summary>
    public int PackOf(int doc)
    {
        var at = Array.BinarySearch(PackStarts, doc);
        return at >= 0 ? at : ~at - 1;
    }

    public int Region(int doc) => Unit[doc] < 0 ? -1 : UnitRegion[Unit[doc]];

    private static int[] ReadArray(ByteReader reader)
    {
        var values = new int[reader.Int()];
        if (reader.Int() == 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.Int();
            }

            return values;
        }

        for (var i = 0; i < values.Length;)
        {
            var run = reader.Int();
            var value = reader.Int();
            Array.Fill(values, value, i, run);
            i += run;
        }

        return values;
    }
}
