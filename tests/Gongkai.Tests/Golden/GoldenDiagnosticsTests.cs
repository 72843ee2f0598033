using System.Text;
using Gongkai.Cli;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Golden;

/// <summary>
/// Broken inputs made by editing the real content: each must give its expected code at the expected file and
/// line through the real command line, exit 1 (unless the case says otherwise), and change no source file.
/// </summary>
public sealed class GoldenDiagnosticsTests
{
    public static IEnumerable<object[]> Cases => GoldenCase.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Broken_input_gives_the_expected_diagnostic_and_exit_code(string name)
    {
        var spec = GoldenCase.Load(name);
        using var site = new SiteCopy();
        var file = spec.Get("file")!;
        var editLine = Apply(site, spec, file);
        var before = SiteCopy.Fingerprint(site.Root);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await GongkaiCommand.RunAsync(["check", "--root", site.Root], stdout, stderr);
        var output = stdout.ToString();

        Assert.Equal(int.Parse(spec.Get("exit") ?? "1", System.Globalization.CultureInfo.InvariantCulture), exit);
        Assert.Equal("", stderr.ToString());
        foreach (var expect in spec.Expectations)
        {
            var at = GoldenCase.Field(expect, "at") == "edit" ? editLine : int.Parse(GoldenCase.Field(expect, "line") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var column = at > 0 && GoldenCase.Field(expect, "column") is { } col ? col + ":" : ""; // optional: the 1-based column too
            var where = $"{GoldenCase.Field(expect, "file") ?? file}:{(at > 0 ? at + ":" : "")}{column}";
            var what = $" {GoldenCase.Field(expect, "severity")} {GoldenCase.Field(expect, "code")}: ";
            var contains = GoldenCase.Field(expect, "contains") ?? "";
            Assert.True(
                output.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains(what, StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal)),
                $"expected a line starting “{where}” with “{what}” containing “{contains}”; got:\n{output}");
        }

        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
        Assert.False(Directory.Exists(site.Path("_site")));
    }

    /// <summary>Applies the case's edit and returns the 1-based line where it happened (0 when not applicable).</summary>
    private static int Apply(SiteCopy site, GoldenCase spec, string file)
    {
        var path = site.Path(file);
        if (spec.Get("delete") == "true")
        {
            File.Delete(path);
            return 0;
        }

        if (spec.Get("create") is { } created)
        {
            site.Write(file, created);
            return 1;
        }

        if (spec.Get("prefix_hex") is { } prefix)
        {
            File.WriteAllBytes(path, [.. Convert.FromHexString(prefix), .. File.ReadAllBytes(path)]);
            return 1;
        }

        var text = File.ReadAllText(path);
        if (spec.Get("replace_all") is { } all)
        {
            File.WriteAllText(path, text.Replace(spec.Get("find")!, all, StringComparison.Ordinal));
            return 1;
        }

        if (spec.Get("truncate_at") is { } cut)
        {
            var end = text.IndexOf(cut, StringComparison.Ordinal);
            Assert.True(end >= 0, $"“{cut}” not in {file}");
            File.WriteAllText(path, text[..(end + cut.Length)]);
            return 0;
        }

        var find = spec.Get("find")!;
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{find}” not in {file}");
        var line = 1 + text.AsSpan(0, at).Count('\n') + LeadingNewlines(find);
        var before = Encoding.UTF8.GetBytes(text[..at]);
        var after = Encoding.UTF8.GetBytes(text[(at + find.Length)..]);
        var replacement = spec.Get("replace_hex") is { } hex ? Convert.FromHexString(hex) : Encoding.UTF8.GetBytes(spec.Get("replace") ?? "");
        File.WriteAllBytes(path, [.. before, .. replacement, .. after]);
        return line;
    }

    private static int LeadingNewlines(string find) => find.TakeWhile(c => c == '\n').Count();
}
