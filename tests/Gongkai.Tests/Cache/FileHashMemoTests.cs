using Gongkai.Cache;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>
/// Issue 14: the unit keys take an unchanged file's content hash from the memo of its status (device, inode, size,
/// mtime, ctime) instead of reading it; any change to the file, even one that keeps its size and puts its mtime back,
/// is read again, and so is a file changed too shortly before it was hashed.
/// </summary>
public sealed class FileHashMemoTests : IDisposable
{
    private const string ThreePublic = "content/units/changji-science-bureau/2025/tables/three-public.yml";

    /// <summary>Later than every file of the copy: each is old enough to be remembered.</summary>
    private static readonly DateTime Later = DateTime.UtcNow.AddHours(1);

    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_second_load_reads_no_unchanged_file_to_key_the_units()
    {
        var (_, first) = Load(Later);
        var (content, second) = Load(Later);

        Assert.Equal(0, first);
        Assert.Equal(KeyedFiles(), second);
        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length, content.Units.Count);
    }

    [Fact]
    public void An_edit_that_keeps_the_size_and_puts_the_mtime_back_is_still_read()
    {
        Load(Later);
        var mtime = File.GetLastWriteTimeUtc(_site.Path(ThreePublic));
        _site.Replace(ThreePublic, "公务接待费, level: 0, total: 0.48, general: 0.48", "公务接待费, level: 0, total: 0.49, general: 0.49");
        File.SetLastWriteTimeUtc(_site.Path(ThreePublic), mtime);

        var (content, unread) = Load(Later);

        Assert.Equal(KeyedFiles() - 1, unread);
        var row = content.Units.Single(u => u.Id == "changji-science-bureau").Disclosures[0].Tables.Single(t => t.Id == "three-public").AllRows.Single(r => r.Name == "公务接待费");
        Assert.Equal(0.49m, row["total"]!.Value);
    }

    [Fact]
    public void A_file_changed_just_before_it_was_hashed_is_not_remembered()
    {
        _site.Replace(ThreePublic, "total: 0.48", "total: 0.48 ");
        var now = DateTime.UtcNow;
        Load(now);

        // Had it been remembered, a second edit in the same clock tick could keep its status and go unseen.
        var (_, unread) = Load(Later);
        Assert.True(unread < KeyedFiles(), "a file changed less than two seconds before it was hashed was remembered");
    }

    [Theory]
    [InlineData("")]
    [InlineData("gongkai-file-hashes 1")]
    [InlineData("not a memo at all, but long enough to be read as one")]
    public void A_damaged_memo_is_ignored_and_rewritten(string text)
    {
        Load(Later);
        File.WriteAllText(_site.Path(".gongkai-cache/units/hashes.memo"), text);

        var (content, unread) = Load(Later);
        Assert.Equal(0, unread);
        Assert.Equal(Load(Later).Unread, KeyedFiles());
        Assert.Equal(Directory.GetDirectories(_site.Path("content/units")).Length, content.Units.Count);
    }

    /// <summary>The files the keys read: every file below content/units and content/classification, the files directly in content/, and site.yml.</summary>
    private int KeyedFiles() =>
        Directory.GetFiles(_site.Path("content/units"), "*", SearchOption.AllDirectories).Length
        + (Directory.Exists(_site.Path("content/classification")) ? Directory.GetFiles(_site.Path("content/classification"), "*", SearchOption.AllDirectories).Length : 0)
        + Directory.GetFiles(_site.Path("content")).Length
        + 1;

    private (SiteContent Content, int Unread) Load(DateTime now)
    {
        var cache = UnitModelCache.Open(_site.Root, now);
        var content = ContentLoader.Load(_site.Root, new DiagnosticBag(), cache);
        cache.Commit([.. content.Units.Select(u => u.Id)]);
        return (content, cache.FilesUnread);
    }
}
