using System.Text;

namespace Gongkai.Index;

/// <summary>
/// FNV-1a (32-bit) over a term's UTF-8 bytes: which dictionary shard holds a term. search.js computes the same
/// with Math.imul, so the browser fetches exactly one shard per term and no shard list.
/// </summary>
internal static class TermHash
{
    public static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }

    public static int Shard(string term, int shards) => (int)(Fnv1a(term) & (uint)(shards - 1));

    /// <summary>A shard's name: lower-case hex, as wide as the largest shard number.</summary>
    public static string ShardName(int shard, int shards) =>
        shard.ToString("x", System.Globalization.CultureInfo.InvariantCulture).PadLeft(Math.Max(1, (shards - 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture).Length), '0');
}
