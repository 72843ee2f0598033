using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>Turns the jobs of one unit-year into one job that replays its cached files when its inputs are unchanged.</summary>
internal sealed class RenderGroups(IRenderCache cache, PageInputs inputs)
{
    public Func<IEnumerable<OutputFile>> Wrap(Unit unit, Disclosure d, IReadOnlyList<Func<IEnumerable<OutputFile>>> jobs) => () =>
    {
        var key = inputs.DisclosureKey(unit, d);
        if (cache.TryReplay(key) is { } files)
        {
            return files;
        }

        var rendered = jobs.SelectMany(job => job()).ToList();
        cache.Store(key, rendered);
        return rendered;
    };
}
