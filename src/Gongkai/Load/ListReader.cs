using Gongkai.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>Reads a YAML list whose items are mappings, one typed item each; bad items are reported and skipped.</summary>
internal static class ListReader
{
    public static List<T> Read<T>(YamlSequenceNode? sequence, string file, DiagnosticBag diagnostics, string what, Func<MappingReader, T?> read)
        where T : class
    {
        var result = new List<T>();
        if (sequence is null)
        {
            return result;
        }

        foreach (var item in sequence)
        {
            var reader = MappingReader.From(item, file, diagnostics, what);
            if (reader is not null && read(reader) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>
    /// Reads a list whose items carry an id that must be unique: a repeated id is an error at its second use
    /// (“<paramref name="label"/> id “x” 重复”), and only the first item with each id is kept.
    /// </summary>
    public static List<T> ReadUnique<T>(YamlSequenceNode? sequence, string file, DiagnosticBag diagnostics, string what, Func<MappingReader, T?> read, Func<T, string> id, Func<T, SourceSpan> span, string label)
        where T : class
    {
        var items = Read(sequence, file, diagnostics, what, read);
        foreach (var duplicate in items.GroupBy(id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, span(duplicate.Skip(1).First()), $"{label} id “{duplicate.Key}” 重复；每条的 id 必须唯一");
        }

        return [.. items.DistinctBy(id)];
    }
}
