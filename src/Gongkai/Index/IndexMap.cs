namespace Gongkai.Index;

/// <summary>map.bin decoded: per passage its kind, unit (-1: none), year index (-1: none); per unit its region.</summary>
internal sealed class IndexMap
{
    public IndexMap(byte[] bytes)
    {
        var reader = new ByteReader(bytes);
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
        void Add(DocKind kind, int count, int unit, int year)
        {
            for (var i = 0; i < count; i++)
            {
                kinds.Add(kind);
                unitOf.Add(unit);
                yearOf.Add(year);
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
                    Add(kind, counts[i], groupUnit[i], groupYear[i]);
                }
            }
        }

        Kind = [.. kinds];
        Unit = [.. unitOf];
        Year = [.. yearOf];
    }

    public IReadOnlyList<int> UnitRegion { get; }

    public IReadOnlyList<DocKind> Kind { get; }

    public IReadOnlyList<int> Unit { get; }

    public IReadOnlyList<int> Year { get; }

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
