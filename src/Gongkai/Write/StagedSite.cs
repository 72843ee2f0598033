using Gongkai.Cache;

namespace Gongkai.Write;

/// <summary>
/// A site being written: a staging folder beside the output that files stream into, swapped in by
/// <see cref="Commit"/> only when the whole build succeeded, so a failed build leaves the previous site untouched.
/// The tree swapped out is kept beside the output as its spare (<see cref="SpareTree"/>), which the next build claims
/// as its staging folder and updates in place; a build that fails puts a claimed spare back. Stale
/// folders of earlier builds (killed ones) are removed while this one renders, with <see cref="TreeRemoval"/>;
/// <see cref="Dispose"/> waits for that, so nothing but the output and its spare is left beside it when a build
/// returns.
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
    private readonly bool _claimed;

    private StagedSite(string output, IReadOnlyDictionary<string, FileState> previous)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        _parent = Path.GetDirectoryName(_output) ?? throw new InvalidOperationException($"输出目录 {_output} 没有上级目录");
        _name = Path.GetFileName(_output);
        Directory.CreateDirectory(_parent);
        var parent = _parent;
        var name = _name;
        _staging = Leftovers.Staging(_parent, _name);
        var oldOutput = Directory.Exists(_output) ? _output : null;
        // Without a previous site its spare is of no use (nothing to keep): a fresh folder is written.
        var spare = oldOutput is null ? null : SpareTree.Claim(_parent, _name, _staging);
        string? unusable = null;
        if (spare is null && Directory.Exists(_staging))
        {
            // A spare that holds a link (not one a build made) is set aside as a stale folder and removed below.
            unusable = Leftovers.Old(_parent, _name);
            Directory.Move(_staging, unusable);
        }

        _stale = Task.Run(() =>
        {
            Leftovers.RemoveStale(parent, name);
            if (unusable is not null)
            {
                TryDelete(unusable);
            }
        });
        Directory.CreateDirectory(_staging);
        _claimed = spare is not null;
        if (oldOutput is not null && !_claimed)
        {
            // The new site opens as the one it replaces (a claimed spare is opened so by SpareTree.Claim).
            SpareTree.CopyMode(oldOutput, _staging);
        }

        Writer = new StagingWriter(_staging, previous, oldOutput, spare);
        // Named like a staging folder, so a killed build's spool is removed as stale like the rest (Leftovers).
        Spool = Spool.In(Leftovers.Staging(_parent, _name), _staging);
    }

    public StagingWriter Writer { get; }

    /// <summary>Where the site-wide downloads are written as they are made (removed when the build ends, whatever its outcome).</summary>
    public Spool Spool { get; }

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

        Writer.Prune();
        // Replaced, never written into: a spare's marker is its own file, but the rule has no exceptions.
        var marker = Path.Combine(_staging, OutputFolder.MarkerName);
        File.Delete(marker);
        File.WriteAllText(marker, OutputFolder.MarkerText);
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
            KeepAsSpare(_staging);
        }

        try
        {
            Spool.Remove();
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

        var spare = SpareTree.PathOf(_parent, _name);
        var old = Directory.Exists(spare) ? Leftovers.Old(_parent, _name) : spare;
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

        // The spare sits beside the output, often inside a web server's root: only the building user may enter it,
        // so a page the new site no longer has is not served from there. One that cannot be closed is removed.
        if (old != spare || !SpareTree.Close(spare))
        {
            // Another build left a spare meanwhile, or it stays readable: this tree is removed instead (Dispose waits).
            _old = Task.Run(() => TryDelete(old));
        }
    }

    /// <summary>
    /// A failed build's staging folder goes back to being the spare if it was claimed from it (the next build checks
    /// every file of it); a fresh one is removed, so a failed build leaves beside the output what it found there.
    /// </summary>
    private void KeepAsSpare(string dir)
    {
        try
        {
            if (_claimed && Directory.Exists(dir) && Directory.Exists(_output) && !Directory.Exists(SpareTree.PathOf(_parent, _name)))
            {
                Directory.Move(dir, SpareTree.PathOf(_parent, _name));
                if (SpareTree.Close(SpareTree.PathOf(_parent, _name)))
                {
                    return;
                }

                dir = SpareTree.PathOf(_parent, _name);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed below instead.
        }

        TryDelete(dir);
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
