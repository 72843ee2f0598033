using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>
/// Writes files that one iterator produces (the index: it numbers passages in order and waits for its own
/// compression on the pool, so only one thread may run it) on the pool as they come, at most <see cref="InFlight"/>
/// at once. Taking the whole index as a list first held every index file of the site; a file found unchanged
/// (Index/DeflateMemo) holds its raw bytes until it is written. Consumers that block waiting for the next file (a
/// BlockingCollection under Parallel.ForEach) took the pool threads the iterator's own work needed: 116 s for a 4 s stage.
/// </summary>
internal static class StreamedWrite
{
    public const int InFlight = 64;

    public static void Run(IEnumerable<OutputFile> files, Action<OutputFile> write)
    {
        using var room = new SemaphoreSlim(InFlight);
        var writes = new List<Task>();
        try
        {
            foreach (var file in files)
            {
                room.Wait();
                writes.Add(Task.Run(() =>
                {
                    try
                    {
                        write(file);
                    }
                    finally
                    {
                        room.Release();
                    }
                }));
            }
        }
        catch
        {
            // The iterator failed: the writes under way finish before the semaphore goes (the staging folder is removed after).
            try
            {
                Task.WaitAll(writes);
            }
            catch (AggregateException)
            {
                // The iterator's exception is the one to report.
            }

            throw;
        }

        Task.WaitAll(writes);
    }
}
