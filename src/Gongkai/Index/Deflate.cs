using System.IO.Compression;

namespace Gongkai.Index;

/// <summary>
/// Raw deflate (RFC 1951, no zlib or gzip header): every index file but meta.json is stored this way and read in the
/// browser with DecompressionStream('deflate-raw'), so a host that does not compress .bin files still sends few bytes.
/// The same bytes in give the same bytes out (one zlib, fixed level), which keeps builds byte-identical.
/// </summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }
}
