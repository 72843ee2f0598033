using System.Collections.Concurrent;

namespace Gongkai.Write;

/// <summary>Keeps every file in memory (the preview, tests); <see cref="Files"/> returns them in path order.</summary>
internal sealed class MemorySink : IFileSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    public void Add(OutputFile file) => _files.Add(file);

    public List<OutputFile> Files() => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
