using System.IO.Compression;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Zip archives that are the same bytes for the same input: entries in a fixed order, one fixed timestamp,
/// no extra fields. System.IO.Packaging (under the Open XML SDK) stamps entries with the current time, so an
/// XLSX is re-packed through here.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>1980-01-01, the earliest time a zip entry can hold: says "no real time" rather than a fake date.</summary>
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An archive of the given entries in the given order.</summary>
    public static byte[] Create(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>The same archive re-packed: [Content_Types].xml first (as Office writes it), then by ordinal name.</summary>
    public static byte[] Repack(byte[] archive)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        return Create(entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal));
    }
}
