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

        var units = reader.Int();
        UnitRegion = [.. Enumerable.Range(0, units).Select(_ => reader.Int() - 1)];
        var groups = reader.Int();
        var groupUnit = new int[groups];
        var groupYear = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            groupUnit[g] = reader.Int();
            groupYear[g] = reader.Int();
        }

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

        foreach (var kind in DocKinds.All)
        {
            if (kind == DocKind.Glossary)
            {
                Add(kind, reader.Int(), -1, -1);
            }

            if (kind == DocKind.Unit)
            {
                for (var u = 0; u < units; u++)
                {
                    Add(kind, reader.Int(), u, -1);
                }
            }
            else
            {
                for (var g = 0; g < groups; g++)
                {
                    Add(kind, reader.Int(), groupUnit[g], groupYear[g]);
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
}
