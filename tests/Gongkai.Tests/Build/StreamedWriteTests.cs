using Gongkai.Build;
using Gongkai.Write;

namespace Gongkai.Tests.Build;

/// <summary>Files from one iterator are written on the pool: every one once, a failing write or iterator is reported, and no write outlives the call.</summary>
public sealed class StreamedWriteTests
{
    private static IEnumerable<OutputFile> Files(int count, int? failAt = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidDataException($"iterator failed at {i}");
            }

            yield return OutputFile.Text($"f/{i}.txt", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_file_is_written_once_even_with_more_files_than_may_be_in_flight()
    {
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        StreamedWrite.Run(Files(StreamedWrite.InFlight * 5 + 3), f => written.Add(f.Path));
        Assert.Equal(Enumerable.Range(0, StreamedWrite.InFlight * 5 + 3).Select(i => $"f/{i}.txt").Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failing_write_is_reported()
    {
        var error = Assert.Throws<AggregateException>(() => StreamedWrite.Run(Files(200), f =>
        {
            if (f.Path == "f/77.txt")
            {
                throw new IOException("disk full");
            }
        }));
        Assert.Contains(error.InnerExceptions, e => e is IOException { Message: "disk full" });
    }

    [Fact]
    public void A_failing_iterator_is_reported_after_the_writes_under_way_have_finished()
    {
        var running = 0;
        var finished = 0;
        var error = Assert.Throws<InvalidDataException>(() => StreamedWrite.Run(Files(100, failAt: 50), _ =>
        {
            Interlocked.Increment(ref running);
            Thread.Sleep(5);
            Interlocked.Increment(ref finished);
        }));
        Assert.Equal("iterator failed at 50", error.Message);
        Assert.Equal(50, Volatile.Read(ref running));
        Assert.Equal(50, Volatile.Read(ref finished));
    }
}
