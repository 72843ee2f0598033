using System.IO.Compression;

namespace Gongkai.Benchmarks;

/// <summary>Files and bytes of an index folder, raw and as each file would travel gzipped.</summary>
internal sealed record IndexStats(int Files, long Bytes, long Gzipped)
{
    public static IndexStats Of(string dir, Func<string, bool>? include = null)
    {
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Where(f => include?.Invoke(f) ?? true).ToList();
        return new IndexStats(files.Count, files.Sum(f => new FileInfo(f).Length), files.Sum(f => Gzip(File.ReadAllBytes(f))));
    }

    public static long Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }
}
