using System.IO.Compression;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Zip archives that are the same bytes for the same input: entries in the given order, one fixed timestamp,
/// no extra fields. Fastest compression: Optimal made the site's archive only a few percent smaller (issue 14)
/// for several times the CPU.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>1980-01-01, the earliest time a zip entry can hold: says "no real time" rather than a fake date.</summary>
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An archive of the given entries in the given order.</summary>
    public static byte[] Create(IEnumerable<(string Name, byte[] Content)> entries) =>
        Create(entries.Select(e => (e.Name, (Action<Stream>)(s => s.Write(e.Content)))));

    /// <summary>An archive of entries written straight into their compressed streams, in the given order.</summary>
    public static byte[] Create(IEnumerable<(string Name, Action<Stream> Write)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = Epoch;
                using var stream = entry.Open();
                write(stream);
            }
        }

        return output.ToArray();
    }
}
