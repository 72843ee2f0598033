using System.Collections.Concurrent;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Bytes one build writes twice, once beside their page and once in a site-wide download, computed once per key. When
/// <paramref name="keep"/>, the page's job keeps them for the site's job, which takes them (removing them: the site's
/// copy is the last use, so the build does not hold every table twice); the preview does so, as it holds its site in
/// memory anyway. A build into a staging folder does not keep them: the site's job reads back the file the page's job
/// staged (<see cref="Write.Spool.Staged"/>), so memory does not grow with the site. A page's job may also be replayed
/// from the build cache and never ask; then the site's job copies the replayed file, or computes them itself.
/// Per build, never static.
/// </summary>
internal sealed class SharedBytes<TKey>(Func<TKey, byte[]> compute, bool keep)
    where TKey : class
{
    private readonly ConcurrentDictionary<TKey, Lazy<byte[]>> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>The bytes, kept for the one later <see cref="Take(TKey, Func{byte[]})"/> when this build keeps them.</summary>
    public byte[] Keep(TKey key) => keep ? _entries.GetOrAdd(key, k => new Lazy<byte[]>(() => compute(k))).Value : compute(key);

    /// <summary>
    /// The kept bytes, forgotten now; else the same bytes as staged or replayed (<paramref name="written"/>, null when
    /// there are none); else computed here, unkept.
    /// </summary>
    public byte[] Take(TKey key, Func<byte[]?> written) => _entries.TryRemove(key, out var kept) ? kept.Value : written() ?? compute(key);
}
