using Gongkai.Cli;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cli;

/// <summary>
/// <c>check --format github</c> with hostile file names: each annotation must keep exactly the four properties the
/// tool writes, and the file property must decode (as the Actions runner does) to the real file name.
/// </summary>
public sealed class GitHubAnnotationTests
{
    private const string Year = "content/units/urumqi-sti-info-center/2026/";

    public static TheoryData<string> HostileNames => new()
    {
        "a,line=999,col=1,title=FORGED",
        "b%0A::error file=x::FORGED",
        "c\n::error::FORGED",
        "d\r\n::warning file=e,line=1::FORGED",
        "e:f,g%2Ch%3A",
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task A_hostile_file_name_cannot_forge_annotation_properties_or_lines(string name)
    {
        using var site = new SiteCopy();
        File.WriteAllText(site.Path(Year + name), "x\n");
        var stdout = new StringWriter();

        var exit = await GongkaiCommand.RunAsync(["check", "--root", site.Root, "--format", "github"], stdout, new StringWriter());

        Assert.Equal(1, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var annotations = lines[..^1];
        Assert.All(annotations, l => Assert.StartsWith("::", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal));
        var parsed = annotations.Select(Parse).ToList();
        Assert.All(parsed, p => Assert.Equal(["file", "line", "col", "title"], p.Properties.Select(kv => kv.Key)));
        // Diagnostics show control characters in file names as visible escapes (\n), then GitHub escaping applies.
        var shown = Gongkai.Diagnostics.Printable.Escape(Year + name);
        var hit = Assert.Single(parsed, p => p.Properties[0].Value == shown);
        Assert.Equal("1", hit.Properties[1].Value);
        Assert.Contains(Gongkai.Diagnostics.Printable.Escape(name), hit.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed, p => p.Properties.Any(kv => kv.Value == "FORGED" || kv.Value == "999"));
    }

    [Theory]
    [InlineData("100%\r\nnext", "100%25%0D%0Anext", "100%25%0D%0Anext")]
    [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
    public void Messages_and_properties_are_escaped_as_github_documents(string text, string message, string property)
    {
        Assert.Equal(message, GitHubAnnotation.Message(text));
        Assert.Equal(property, GitHubAnnotation.Property(text));
    }

    /// <summary>Splits an annotation the way the runner does: properties end at ',' and the value at the first '::'.</summary>
    private static (List<KeyValuePair<string, string>> Properties, string Message) Parse(string line)
    {
        var body = line[2..];
        var end = body.IndexOf("::", StringComparison.Ordinal);
        Assert.True(end > 0, line);
        var command = body[..end];
        var space = command.IndexOf(' ', StringComparison.Ordinal);
        var properties = command[(space + 1)..].Split(',')
            .Select(p => p.Split('=', 2))
            .Select(kv => KeyValuePair.Create(kv[0], Unescape(kv[1])))
            .ToList();
        return (properties, Unescape(body[(end + 2)..]));
    }

    private static string Unescape(string value) => value
        .Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
        .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal)
        .Replace("%25", "%", StringComparison.Ordinal);
}
