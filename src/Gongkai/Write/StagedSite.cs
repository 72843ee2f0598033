using Gongkai.Cache;

namespace Gongkai.Write;

/// <summary>
/// A site being written: a staging folder beside the output that files stream into, swapped in by
/// <see cref="Commit"/> only when the whole build succeeded. Disposing without a commit removes the staging
/// folder, so a failed build leaves the previous site untouched. Removing a whole site's tree is slow (tens of
/// seconds at 60,000 files), so stale folders of earlier builds are removed while this one renders, the tree swapped
/// out is removed while the cache is saved, both with <see cref="TreeRemoval"/>; <see cref="Dispose"/> waits for
/// both, so nothing but the output is left beside it when a build returns.
/// </summary>
internal sealed class StagedSite : IDisposable
{
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private readonly string _staging;
    private readonly Task _stale;
    private Task _old = Task.CompletedTask;
    private bool _done;

    private StagedSite(string output, IReadOnlyDictionary<string, FileState> previous)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        _parent = Path.GetDirectoryName(_output) ?? throw new InvalidOperationException($"输出目录 {_output} 没有上级目录");
        _name = Path.GetFileName(_output);
        Directory.CreateDirectory(_parent);
        var parent = _parent;
        var name = _name;
        _stale = Task.Run(() => Leftovers.RemoveStale(parent, name));
        _staging = Leftovers.Staging(_parent, _name);
        Directory.CreateDirectory(_staging);
        Writer = new StagingWriter(_staging, previous, Directory.Exists(_output) ? _output : null);
    }

    public StagingWriter Writer { get; }

    /// <summary>Starts a staging folder for <paramref name="output"/>; <paramref name="previous"/> lists the current site's files for hard links.</summary>
    public static StagedSite Begin(string output, IReadOnlyDictionary<string, FileState> previous) => new(output, previous);

    /// <summary>Swaps the staged site in, or returns why the output may not be replaced (the staging folder is then removed).</summary>
    public OutputRefusal? Commit()
    {
        if (OutputFolder.CheckReplaceable(_output, Writer.TopLevelNames) is { } refusal)
        {
            Dispose();
            return refusal;
        }

        File.WriteAllText(Path.Combine(_staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
        Swap();
        _done = true;
        return null;
    }

    /// <summary>Removes the staging folder unless committed, and waits for the removal of stale folders (so none outlives the build).</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            TryDelete(_staging);
        }

        try
        {
            _stale.GetAwaiter().GetResult();
            _old.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The output's parent went away meanwhile: nothing stale is left to remove.
        }
    }

    private void Swap()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
            return;
        }

        var old = Leftovers.Old(_parent, _name);
        Directory.Move(_output, old);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            Directory.Move(old, _output);
            throw;
        }

        // The new site is in place: the old tree goes while the caller saves the cache (Dispose waits).
        _old = Task.Run(() => TryDelete(old));
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                TreeRemoval.Remove(dir);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; the next build removes it once this process is gone.
        }
    }
}
