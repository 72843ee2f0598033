using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Load;

/// <summary>
/// Issue 9, class 6: input built to exhaust the stack, time or memory gets a GK1018 (or GK1011) at the place the
/// limit was passed, exits 1 and finishes promptly. The time guard catches hangs; speed itself is benchmarked.
/// </summary>
public sealed class ResourceLimitsTests
{
    private const string UnitFile = "content/units/changji-hitech-zone/unit.yml";
    private const string Explanations = "content/units/changji-hitech-zone/2025/explanations.md";

    [Fact]
    public async Task Hundred_thousand_levels_of_nesting_stop_at_the_depth_limit_instead_of_overflowing_the_stack()
    {
        using var site = new SiteCopy();
        const int levels = 100_000;
        // One bracket per line keeps every line short, so only the depth limit applies.
        site.Write(UnitFile, "name:\n" + string.Concat(Enumerable.Repeat(" [\n", levels)) + string.Concat(Enumerable.Repeat(" ]\n", levels)));

        var run = await Check(site);

        // The root mapping is the first level, so the MaxDepth-th bracket (on line MaxDepth + 1) passes the limit.
        Assert.True(run.Reports($"{UnitFile}:{YamlLimits.MaxDepth + 1}:2: error", DiagnosticCodes.LimitExceeded), run.All);
    }

    [Fact]
    public async Task Ten_thousand_unknown_keys_stop_at_the_key_limit()
    {
        using var site = new SiteCopy();
        var original = site.Read(UnitFile);
        var lines = original.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        site.Write(UnitFile, original + string.Concat(Enumerable.Range(1, 10_000).Select(i => $"bad{i}: x\n")));

        var run = await Check(site);

        // The file's own keys come first; the key that passes the limit is the (MaxKeys + 1)-th.
        var line = YamlLimits.MaxKeysPerMapping + 1;
        Assert.True(lines < line);
        Assert.True(run.Reports($"{UnitFile}:{line}:", DiagnosticCodes.LimitExceeded), run.All);
    }

    [Fact]
    public async Task Diagnostics_past_the_per_file_limit_are_counted_in_one_summary()
    {
        using var site = new SiteCopy();
        const int unknown = 900;
        site.Write(UnitFile, site.Read(UnitFile) + string.Concat(Enumerable.Range(1, unknown).Select(i => $"bad{i}: x\n")));

        var run = await Check(site);

        var listed = run.Stdout.Split('\n').Count(l => l.StartsWith(UnitFile, StringComparison.Ordinal) && l.Contains(" GK1002: ", StringComparison.Ordinal));
        Assert.Equal(DiagnosticBag.MaxPerFile, listed);
        Assert.True(run.Reports($"{UnitFile}:1:1: error", DiagnosticCodes.LimitExceeded), run.All);
        Assert.Contains($"另有 {unknown - DiagnosticBag.MaxPerFile} 条没有列出", run.Stdout, StringComparison.Ordinal);

        // Each message lists only the keys unit.yml expects, never the other misspelt keys.
        var first = run.Stdout.Split('\n').First(l => l.Contains(" GK1002: ", StringComparison.Ordinal));
        Assert.DoesNotContain("bad2", first[(first.IndexOf("可用的键", StringComparison.Ordinal))..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3_000_000)]
    [InlineData(190_000)]
    public async Task An_overlong_line_of_prose_is_refused_at_the_column_where_it_passes_the_limit(int bytes)
    {
        using var site = new SiteCopy();
        var original = site.Read(Explanations);
        var line = original.Split('\n').Length; // appended after the final newline
        const string sentence = "支出100万元，增加1万元，增长1%，";
        site.Write(Explanations, original + string.Concat(Enumerable.Repeat(sentence, bytes / Encoding.UTF8.GetByteCount(sentence))) + "\n");

        var run = await Check(site);

        Assert.True(run.Reports($"{Explanations}:{line}:{YamlFile.MaxLineLength + 1}: error", DiagnosticCodes.LimitExceeded), run.All);
    }

    [Fact]
    public async Task A_long_line_just_under_the_limit_full_of_figures_is_checked_in_time()
    {
        using var site = new SiteCopy();
        var sentence = "本单位支出100万元，比上年增加1万元，增长1%，占 12.5%，";
        var count = (YamlFile.MaxLineLength - 1) / sentence.Length;
        site.Write(Explanations, site.Read(Explanations) + string.Concat(Enumerable.Repeat(sentence, count)) + "\n");

        var run = await Check(site, expectExit: 1);

        Assert.DoesNotContain("这一行超过", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" GK2301: ", run.Stdout, StringComparison.Ordinal); // 100万元 is not a figure of this unit
    }

    [Fact]
    public async Task YAML_anchors_and_aliases_are_refused_so_a_small_file_cannot_expand()
    {
        using var site = new SiteCopy();
        site.Write(UnitFile, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");

        var run = await Check(site);

        Assert.True(run.Reports($"{UnitFile}:1:4: error", DiagnosticCodes.LimitExceeded), run.All);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        using var site = new SiteCopy();
        var line = new StringBuilder();
        while (line.Length <= YamlFile.MaxBytes)
        {
            line.Append("# padding padding padding padding padding padding padding\n");
        }

        site.Write(UnitFile, line.ToString());

        var run = await Check(site);

        Assert.True(run.Reports($"{UnitFile}:1:1: error", DiagnosticCodes.FileTooLarge), run.All);
    }

    private static async Task<CliRun> Check(SiteCopy site, int expectExit = 1)
    {
        var before = SiteCopy.Fingerprint(site.Root);
        var run = await CliRun.Start(TimeSpan.FromSeconds(120), "check", "--root", site.Root);
        Assert.Equal(expectExit, run.Exit);
        Assert.Equal("", run.Stderr);
        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
        return run;
    }
}
