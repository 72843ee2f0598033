using Gongkai.Write;

namespace Gongkai.Index;

/// <summary>
/// Packs consecutive passages into files of about <see cref="TargetBytes"/> of JSON before compression (some
/// fifteen passages), so a host gets a few files per disclosure instead of one per passage. A pack closes early,
/// once half full, where a new run (one kind of one disclosure) begins, so packs mostly hold one disclosure.
/// A closed pack is compressed on the thread pool: deflating some 6,000 packs one after another was most of the
/// index's serial part once runs came from the cache.
/// </summary>
internal sealed class PassagePacker
{
    public const int TargetBytes = 16 * 1024;

    private readonly List<byte[]> _docs = [];
    private int _bytes;

    /// <summary>Compress a closed pack on the calling thread (the index is limited to one thread).</summary>
    public bool Inline { get; init; }

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

        var buffer = new MemoryStream(_bytes + _docs.Count + 1);
        buffer.WriteByte((byte)'[');
        for (var i = 0; i < _docs.Count; i++)
        {
            if (i > 0)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(_docs[i]);
        }

        buffer.WriteByte((byte)']');
        var path = SearchIndexBuilder.Folder + SearchIndexBuilder.PackPath(Sizes.Count);
        Sizes.Add(_docs.Count);
        _docs.Clear();
        _bytes = 0;
        OutputFile Compress()
        {
            using (buffer)
            {
                return new OutputFile(path, Deflate.Compress(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            }
        }

        return Inline ? Task.FromResult(Compress()) : Task.Run(Compress);
    }
}
