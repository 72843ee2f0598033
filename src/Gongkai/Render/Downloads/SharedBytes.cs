using System.Collections.Concurrent;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Bytes one build writes twice, once beside their page and once in a site-wide download, computed once per
/// key by whichever job asks first. The page's job keeps them for the site's job, which takes them (removing
/// them: the site's copy is the last use, so the build does not hold every table twice). A page's job may be
/// replayed from the build cache and never ask; then the site's job copies the replayed file, or computes them itself. Per build, never static.
/// </summary>
internal sealed class SharedBytes<TKey>(Func<TKey, byte[]> compute)
    where TKey : class
{
    private readonly ConcurrentDictionary<TKey, Lazy<byte[]>> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>The bytes, kept for the one later <see cref="Take(TKey)"/>.</summary>
    public byte[] Keep(TKey key) => _entries.GetOrAdd(key, k => new Lazy<byte[]>(() => compute(k))).Value;

    /// <summary>The kept bytes, forgotten now; or computed here, unkept, if no job kept them (yet).</summary>
    public byte[] Take(TKey key) => Take(key, static () => null);

    /// <summary>
    /// The kept bytes, forgotten now; else the same bytes of a file the build cache replayed (<paramref name="replayed"/>,
    /// null when there is none); else computed here, unkept.
    /// </summary>
    public byte[] Take(TKey key, Func<byte[]?> replayed) => _entries.TryRemove(key, out var kept) ? kept.Value : replayed() ?? compute(key);
}
