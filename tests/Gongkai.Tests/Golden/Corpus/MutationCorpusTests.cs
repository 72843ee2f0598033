using Gongkai.Cli;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>
/// The generated broken-input corpus (see <see cref="CorpusBuilder"/>), each case run through the real command line
/// against a copy of the site that already has a built <c>_site</c>.
/// </summary>
public sealed class MutationCorpusTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusBuilder.Cases.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_150_cases_of_every_kind_of_mistake()
    {
        var kinds = CorpusBuilder.Cases.Keys.Select(k => k[..k.IndexOf('_', StringComparison.Ordinal)]).ToHashSet();
        Assert.True(CorpusBuilder.Cases.Count + GoldenCase.All().Count() >= 150, $"{CorpusBuilder.Cases.Count} generated cases");
        foreach (var kind in new[] { "digit-changed", "row-removed", "key-misspelt", "amount-as-list", "truncated", "bom", "crlf", "tab", "invalid-utf8", "huge", "unit-traversal", "parent-traversal", "html", "text-amount", "text-share", "text-direction", "text-rate", "project-amount", "name-wrong", "code-unknown", "code-economic" })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_broken_input_is_reported_at_its_file_and_line_and_nothing_is_written(string name)
    {
        var c = CorpusBuilder.Cases[name];
        using var site = new SiteCopy();
        var previous = site.Path("_site");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "<!doctype html><title>上一次的站点</title>");
        var path = site.Path(c.File);
        File.WriteAllBytes(path, c.Edit(File.ReadAllBytes(path)));
        var sources = SiteCopy.Fingerprint(site.Path("content"));
        var output = SiteCopy.Fingerprint(previous);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = c.Strict ? ["build", "--strict", "--root", site.Root] : ["build", "--root", site.Root];
        var exit = await GongkaiCommand.RunAsync(args, stdout, stderr);
        var printed = stdout + "\n" + stderr;

        var where = c.Line > 0 ? $"{c.File}:{c.Line}:" : $"{c.File}:";
        Assert.True(exit == 1, $"{c.Description}: exit {exit}\n{printed}");
        Assert.True(
            printed.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($" error {c.Code}: ", StringComparison.Ordinal)),
            $"{c.Description}: expected “{where} … error {c.Code}”; got:\n{printed}");
        Assert.DoesNotContain("Exception", printed, StringComparison.Ordinal);
        Assert.Equal(sources, SiteCopy.Fingerprint(site.Path("content")));
        Assert.Equal(output, SiteCopy.Fingerprint(previous));
    }
}
