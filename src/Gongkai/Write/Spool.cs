using System.Globalization;
using Gongkai.Cache;

namespace Gongkai.Write;

/// <summary>
/// Where the site-wide downloads are written as they are made, and where the files a build already staged are read
/// back from. Those downloads grow with the site (at 1,000 unit-years data/budget-lines.csv is 133 MB, beyond 2 GB, the
/// most one array holds, at 20,000), and repeat every disclosure's files: held in memory, they and the per-table bytes
/// kept for them were most of the render stage's memory (issue 14). On disk, each goes into a file of a temporary
/// folder beside the staging folder (same file system), which the staging writer moves into place; the bytes they
/// repeat are read back from the staging folder, so none is kept. <see cref="Memory"/> (the preview, which holds its
/// site in memory anyway) writes into memory and keeps nothing on disk.
/// </summary>
internal sealed class Spool
{
    private readonly string? _folder;
    private readonly string? _staging;
    private int _files;

    private Spool(string? folder, string? staging)
    {
        _folder = folder;
        _staging = staging;
    }

    /// <summary>Writes into memory and reads nothing back: a sink that is not a folder.</summary>
    public static Spool Memory { get; } = new(null, null);

    /// <summary>True when files go to disk and staged files can be read back (so nothing needs to be kept for them).</summary>
    public bool OnDisk => _folder is not null;

    /// <summary>A spool in <paramref name="folder"/> (made when first used) for the staging folder <paramref name="staging"/>.</summary>
    public static Spool In(string folder, string staging) => new(folder, staging);

    /// <summary>The file <paramref name="path"/> of the site, its bytes written by <paramref name="write"/> (which may seek).</summary>
    public OutputFile Write(string path, Action<Stream> write)
    {
        if (_folder is null)
        {
            using var memory = new MemoryStream();
            write(memory);
            return new OutputFile(path, memory.ToArray());
        }

        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture));
        using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        write(stream);

        // Hashed once written, from the start: a zip writer seeks back to fill in its headers as it closes.
        stream.Position = 0;
        return OutputFile.Spooled(path, file, FileState.HashOf(stream));
    }

    /// <summary>The bytes of <paramref name="path"/> as this build staged it (written or linked), or null (not staged, or in memory).</summary>
    public byte[]? Staged(string path)
    {
        if (_staging is null)
        {
            return null;
        }

        var full = Path.Combine(_staging, path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    /// <summary>Removes the spool folder and what is left in it (files the staging writer linked instead of moving).</summary>
    public void Remove()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
