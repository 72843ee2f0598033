namespace Gongkai.Index;

/// <summary>
/// map.bin: which unit, year and kind every passage belongs to, for facets and ranking, without a row per passage:
/// passages are numbered by kind, then group, so per kind a count per group (or per unit) is enough. Groups are
/// ordered by unit, so a count of groups per unit places them. Last, the passages per pack, which place a passage
/// in its pack. Arrays are run-length coded when shorter.
/// </summary>
internal static class IndexMapWriter
{
    public static byte[] Write(IndexLayout layout, IReadOnlyDictionary<(DocKind Kind, int Unit, int Group), int> counts, int passages, IReadOnlyList<int> packs)
    {
        var writer = new ByteWriter().Byte((byte)'G').Byte((byte)'K').VarInt(SearchIndexBuilder.Version);
        int Count(DocKind kind, int unit, int group) => counts.GetValueOrDefault((kind, unit, group));
        int PerGroup(DocKind kind, int g) => Count(kind, layout.UnitIndex[layout.Groups[g].UnitId], g);

        WriteArray(writer, [.. layout.Units.Select(u => layout.RegionOf(u) + 1)]);
        WriteArray(writer, [.. layout.Units.Select(u => u.Disclosures.Count)]);
        WriteArray(writer, [.. layout.Groups.Select(d => layout.YearIndex(d.Year))]);
        writer.VarInt(Count(DocKind.Glossary, -1, -1));
        foreach (var kind in DocKinds.All)
        {
            WriteArray(writer, kind == DocKind.Unit
                ? [.. Enumerable.Range(0, layout.Units.Count).Select(u => Count(kind, u, -1))]
                : [.. Enumerable.Range(0, layout.Groups.Count).Select(g => PerGroup(kind, g))]);
        }

        WriteArray(writer, [.. packs]);
        var covered = Count(DocKind.Glossary, -1, -1) + DocKinds.All.Sum(kind => kind == DocKind.Unit
            ? Enumerable.Range(0, layout.Units.Count).Sum(u => Count(kind, u, -1))
            : Enumerable.Range(0, layout.Groups.Count).Sum(g => PerGroup(kind, g)));
        if (covered != passages || packs.Sum() != passages)
        {
            throw new InvalidOperationException($"search index: map covers {covered} and packs {packs.Sum()} of {passages} passages");
        }

        return Deflate.Compress(writer.ToArray());
    }

    /// <summary>An array of small numbers: length, then mode 0 (the values) or mode 1 (runs of count, value).</summary>
    private static void WriteArray(ByteWriter writer, int[] values)
    {
        var plain = new ByteWriter();
        foreach (var v in values)
        {
            plain.VarInt(v);
        }

        var runs = new ByteWriter();
        for (var i = 0; i < values.Length;)
        {
            var j = i;
            while (j < values.Length && values[j] == values[i])
            {
                j++;
            }

            runs.VarInt(j - i).VarInt(values[i]);
            i = j;
        }

        writer.VarInt(values.Length);
        if (runs.Length < plain.Length)
        {
            writer.VarInt(1).Bytes(runs.ToArray());
        }
        else
        {
            writer.VarInt(0).Bytes(plain.ToArray());
        }
    }
}
