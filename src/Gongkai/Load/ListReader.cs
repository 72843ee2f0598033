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
}
