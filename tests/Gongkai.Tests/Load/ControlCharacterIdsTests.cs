using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Load;

/// <summary>
/// Issue 9, class 9: an id is matched whole. "$" in .NET also matches before a final newline, so "evil-unit\n"
/// once passed and became a folder name and a raw newline in sitemap.xml.
/// </summary>
public sealed class ControlCharacterIdsTests
{
    public static TheoryData<string> Endings => ["\n", "\r", "\t", "\u0000", "\u202e", " ", "\n\n"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task A_unit_folder_whose_name_ends_in_a_control_character_is_refused(string ending)
    {
        using var site = new SiteCopy();
        if (ending == "\u0000")
        {
            return; // a file name cannot hold NUL; the YAML cases below cover it
        }

        Directory.Move(site.Path("content/units/urumqi-sti-info-center"), site.Path("content/units/urumqi-sti-info-center" + ending));

        var run = await CliRun.Start(TimeSpan.FromSeconds(120), "build", "--root", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.True(run.Reports("content/units/urumqi-sti-info-center", DiagnosticCodes.InvalidId), run.All);
        Assert.False(Directory.Exists(site.Path("_site")));
    }

    /// <summary>Each ending in a region id and in a glossary id: (file, id line as written, the id).</summary>
    public static TheoryData<string, string, string, string> YamlIds()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var ending in Endings)
        {
            data.Add("content/regions.yml", "- id: urumqi\n", "urumqi", ending);
            data.Add("content/glossary.yml", "- id: fiscal-appropriation\n", "fiscal-appropriation", ending);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YamlIds))]
    public async Task A_region_or_glossary_id_ending_in_a_control_character_is_refused(string file, string line, string id, string ending)
    {
        using var site = new SiteCopy();
        var at = site.Replace(file, line, $"- id: \"{id}{Escape(ending)}\"\n");

        var run = await CliRun.Start(TimeSpan.FromSeconds(120), "check", "--root", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.True(run.Reports($"{file}:{at}:", DiagnosticCodes.InvalidId) || run.Reports($"{file}:{at}:", DiagnosticCodes.ControlCharacter), run.All);
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task New_unit_refuses_an_id_ending_in_a_control_character_and_creates_nothing(string ending)
    {
        using var site = new SiteCopy();
        var before = SiteCopy.Fingerprint(site.Root);

        var run = await CliRun.Start(TimeSpan.FromSeconds(120), "new", "unit", "abc" + ending, "--name", "测试单位", "--region", "urumqi", "--year", "2027", "--root", site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains(DiagnosticCodes.InvalidId, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
    }

    /// <summary>The YAML double-quoted escape of a character.</summary>
    private static string Escape(string text) => string.Concat(text.Select(c => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        ' ' => " ",
        _ => $"\\u{(int)c:X4}",
    }));
}
