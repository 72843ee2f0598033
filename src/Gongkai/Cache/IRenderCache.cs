using Gongkai.Write;

namespace Gongkai.Cache;

/// <summary>Rendered files of a group of pages (one unit-year), by the hash of everything they depend on.</summary>
internal interface IRenderCache
{
    /// <summary>The files rendered last time under <paramref name="key"/>, or null when they are not (all) available.</summary>
    IReadOnlyList<OutputFile>? TryReplay(string key);

    void Store(string key, IReadOnlyList<OutputFile> files);
}
