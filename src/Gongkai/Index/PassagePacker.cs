using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// Packs consecutive passages into files of about <see cref="TargetBytes"/> of JSON before compression (some
/// fifteen passages), so a host gets a few files per disclosure instead of one per passage. A pack closes early,
/// once half full, where a new run (one kind of one disclosure) begins, so packs mostly hold one disclosure.
/// A closed pack is compressed on the thread pool (unless <see cref="Memo"/> finds it unchanged): deflating some 6,000 packs one after another was most of the
/// index's serial part once runs came from the cache.
/// </summary>
internal sealed class PassagePacker
{
    public const int TargetBytes = 16 * 1024;

    private readonly List<byte[]> _docs = [];
    private int _bytes;

    /// <summary>Compress a closed pack on the calling thread (the index is limited to one thread).</summary>
    public bool Inline { get; init; }

    /// <summary>The last build's packs: a pack whose passages are unchanged is not compressed again.</summary>
    public DeflateMemo Memo { get; init; } = DeflateMemo.None;

    /// <summary>How many passages each pack written so far holds (map.bin carries them).</summary>
    public List<int> Sizes { get; } = [];

    /// <summary>Adds a passage's JSON; returns the pack it closed (being compressed), if adding it closed one.</summary>
    public Task<OutputFile>? Add(byte[] json, bool runStart)
    {
        Task<OutputFile>? closed = null;
        if (_docs.Count > 0 && (_bytes + json.Length > TargetBytes || (runStart && _bytes >= TargetBytes / 2)))
        {
            closed = Flush();
        }

        _docs.Add(json);
        _bytes += json.Length;
        return closed;
    }

    /// <summary>Closes the open pack: a JSON array of its passages, deflated.</summary>
    public Task<OutputFile>? Flush()
    {
        if (_docs.Count == 0)
        {
            return null;
        }

        // '[' + the passages joined by ',' + ']', written into one array of exactly that size.
        var raw = new byte[_bytes + _docs.Count + 1];
        raw[0] = (byte)'[';
        var at = 1;
        for (var i = 0; i < _docs.Count; i++)
        {
            if (i > 0)
            {
                raw[at++] = (byte)',';
            }

            _docs[i].CopyTo(raw, at);
            at += _docs[i].Length;
        }

        raw[at] = (byte)']';
        var path = SearchIndexBuilder.Folder + SearchIndexBuilder.PackPath(Sizes.Count);
        Sizes.Add(_docs.Count);
        _docs.Clear();
        _bytes = 0;
        // An unchanged pack is found here, on the calling thread: a task for it waited behind the pool's other work.
        if (Memo.Unchanged(path, raw, out var rawHash) is { } same)
        {
            return Task.FromResult(same.File(path));
        }

        OutputFile Compress() => Memo.Compressed(path, raw, rawHash).File(path);

        return Inline ? Task.FromResult(Compress()) : Task.Run(Compress);
    }
}
