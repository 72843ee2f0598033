namespace Gongkai.Index;

/// <summary>Runs of the index from an earlier build, by the key of everything they were made from.</summary>
internal interface IIndexRunCache
{
    /// <summary>The run stored under <paramref name="key"/>, or null.</summary>
    IndexRun? TryGet(string key);

    /// <summary>Keeps <paramref name="run"/> for the next build (written only if this one commits).</summary>
    void Store(string key, IndexRun run);

    /// <summary>The last build's deflated index files, so those whose bytes are unchanged are not compressed again.</summary>
    DeflateMemo Deflated { get; }
}
