namespace Gongkai.Load;

/// <summary>What a path is, seen without following symbolic links.</summary>
internal enum EntryKind
{
    Missing,
    File,
    Directory,
    Symlink,

    /// <summary>A FIFO, socket or device: reading one can hang or never end.</summary>
    Special,
}
