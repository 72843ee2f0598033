using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>
/// Turns the jobs of one page group (a unit-year, a code's pages, a region-year page) into one job that replays its
/// cached files when its inputs (<see cref="PageInputs"/>) are unchanged.
/// </summary>
internal sealed class RenderGroups(IRenderCache cache, PageInputs inputs)
{
    public PageInputs Inputs { get; } = inputs;

    /// <summary>The bytes of a file this build replayed, or null (see <see cref="IRenderCache.Replayed"/>).</summary>
    public byte[]? Replayed(string path) => cache.Replayed(path);

    /// <summary>The content hash of a file a group produced so far this build, or null (see <see cref="IRenderCache.HashOf"/>).</summary>
    public string? HashOf(string path) => cache.HashOf(path);

    public Func<IEnumerable<OutputFile>> Wrap(Unit unit, Disclosure d, IReadOnlyList<Func<IEnumerable<OutputFile>>> jobs) =>
        Wrap(() => Inputs.DisclosureKey(unit, d), jobs);

    /// <summary>
    /// One job for <paramref name="jobs"/>, cached under the key <paramref name="key"/> computes (when the job runs);
    /// a null key (an input is not known this build) renders the jobs uncached.
    /// </summary>
    public Func<IEnumerable<OutputFile>> Wrap(Func<string?> key, IReadOnlyList<Func<IEnumerable<OutputFile>>> jobs) => () =>
    {
        var k = key();
        if (k is null)
        {
            return jobs.SelectMany(job => job());
        }

        if (cache.TryReplay(k) is { } files)
        {
            return files;
        }

        var rendered = jobs.SelectMany(job => job()).ToList();
        cache.Store(k, rendered);
        return rendered;
    };
}
