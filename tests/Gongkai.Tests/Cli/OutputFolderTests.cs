using System.Security.Cryptography;
using Gongkai.Cli;
using Gongkai.Tests.Support;
using Gongkai.Write;

namespace Gongkai.Tests.Cli;

/// <summary>
/// Dangerous output folders through the real command line, each in a throw-away tree: <c>outer/</c> holds the site
/// (<c>outer/repo</c>, with seeds/, .git/, src/ and links beside its content) and a foreign folder <c>outer/elsewhere</c>.
/// Every refusal must exit 1 (site.yml) or 2 (--out) with its code and no stack trace, and change nothing anywhere.
/// </summary>
public sealed class OutputFolderTests
{
    /// <summary>Placeholders: {outer} is the throw-away tree, {repo} the site root in it.</summary>
    public static TheoryData<string, string, string> SiteYmlValues => new()
    {
        { "the parent of the root", "..", DiagnosticCode.Unsafe },
        { "the root itself", ".", DiagnosticCode.Unsafe },
        { "an empty value", "\"\"", DiagnosticCode.Unsafe },
        { "content", "content", DiagnosticCode.Unsafe },
        { "templates", "templates", DiagnosticCode.Unsafe },
        { "seeds", "seeds", DiagnosticCode.Unsafe },
        { "the git folder", ".git", DiagnosticCode.Unsafe },
        { "a folder inside content", "content/units", DiagnosticCode.Unsafe },
        { "a folder reached through templates/..", "templates/../seeds", DiagnosticCode.Unsafe },
        { "two levels above the root", "../..", DiagnosticCode.Unsafe },
        { "a sibling folder outside the root", "../elsewhere", DiagnosticCode.Unsafe },
        { "an absolute path to an existing folder", "{outer}/elsewhere", DiagnosticCode.Unsafe },
        { "an absolute path to a new folder", "{outer}/new-site", DiagnosticCode.Unsafe },
        { "a symlink to content", "link-to-content", DiagnosticCode.Unsafe },
        { "a folder under a symlink to templates", "link-to-templates/site", DiagnosticCode.Unsafe },
        { "a symlink to a folder outside the root", "link-to-elsewhere", DiagnosticCode.Unsafe },
        { "a name with a newline", "\"_site\\n\"", DiagnosticCode.Unsafe },
        { "an existing source folder without the marker", "src", DiagnosticCode.NotOurs },
        { "an existing file", "site.yml", DiagnosticCode.NotOurs },
        { "a folder under an existing file", "site.yml/site", DiagnosticCode.NotOurs },
    };

    public static TheoryData<string, string, string> CommandLineValues => new()
    {
        { "content", "content", DiagnosticCode.Unsafe },
        { "the root itself", ".", DiagnosticCode.Unsafe },
        { "the parent of the root", "..", DiagnosticCode.Unsafe },
        { "an empty value", "", DiagnosticCode.Unsafe },
        { "the file system root", "/", DiagnosticCode.Unsafe },
        { "the tree above the root, absolute", "{outer}", DiagnosticCode.Unsafe },
        { "the git folder, absolute", "{repo}/.git", DiagnosticCode.Unsafe },
        { "a folder inside content, absolute", "{repo}/content/units", DiagnosticCode.Unsafe },
        { "a symlink to content", "link-to-content", DiagnosticCode.Unsafe },
        { "a symlink to a foreign folder", "link-to-elsewhere", DiagnosticCode.Unsafe },
        { "an existing foreign folder, absolute", "{outer}/elsewhere", DiagnosticCode.NotOurs },
        { "an existing source folder", "src", DiagnosticCode.NotOurs },
        { "an existing file", "site.yml", DiagnosticCode.NotOurs },
        { "a folder two levels under an existing file, absolute", "{repo}/site.yml/a/b", DiagnosticCode.NotOurs },
    };

    [Theory]
    [MemberData(nameof(SiteYmlValues))]
    public async Task A_dangerous_site_yml_output_is_refused_at_its_line_and_nothing_changes(string what, string value, string code)
    {
        using var tree = new Tree();
        var line = tree.Site.Replace("repo/site.yml", "output: _site", "output: " + tree.Expand(value));
        var before = Tree.Fingerprint(tree.Site.Root);

        var (exit, output, err) = await Run("build", "--root", tree.Repo);

        Assert.True(exit == 1, $"{what}: exit {exit}\n{output}{err}");
        Assert.Contains($"site.yml:{line}:9: error {code}:", err, StringComparison.Ordinal);
        AssertClean(output + err);
        Assert.Equal(before, Tree.Fingerprint(tree.Site.Root));

        // check agrees with build on the placement rules (the folder's current state is build's business).
        if (code == DiagnosticCode.Unsafe)
        {
            var (checkExit, checkOut, _) = await Run("check", "--root", tree.Repo);
            Assert.Equal(1, checkExit);
            Assert.Contains($"site.yml:{line}:9: error {code}:", checkOut, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CommandLineValues))]
    public async Task A_dangerous_out_value_exits_two_and_nothing_changes(string what, string value, string code)
    {
        using var tree = new Tree();
        var before = Tree.Fingerprint(tree.Site.Root);

        var (exit, output, err) = await Run("build", "--root", tree.Repo, "--out", tree.Expand(value));

        Assert.True(exit == 2, $"{what}: exit {exit}\n{output}{err}");
        Assert.Contains($"--out:1:1: error {code}:", err, StringComparison.Ordinal);
        AssertClean(output + err);
        Assert.Equal(before, Tree.Fingerprint(tree.Site.Root));
    }

    [Fact]
    public async Task An_out_name_the_file_system_refuses_fails_with_an_io_diagnostic_and_nothing_changes()
    {
        using var tree = new Tree();
        var before = Tree.Fingerprint(tree.Site.Root);

        // A name longer than the file system's 255-byte limit is refused by the first write, as a full disk or a
        // missing permission would be (tests run as root, so permissions cannot be made to fail).
        var name = new string('长', 100);
        var (exit, output, err) = await Run("build", "--root", tree.Repo, "--out", Path.Combine(tree.Repo, name));

        Assert.True(exit == 2, $"exit {exit}\n{output}{err}");
        Assert.Contains($"error {DiagnosticCode.IoFailed}: 读写文件失败", err, StringComparison.Ordinal);
        AssertClean(output + err);
        Assert.Equal(before, Tree.Fingerprint(tree.Site.Root));
    }

    [Theory]
    [InlineData("a fresh clone (no output yet)", "")]
    [InlineData("an empty folder", "empty")]
    [InlineData("a site the tool built before", "built")]
    [InlineData("a site built before the marker existed", "legacy")]
    public async Task A_safe_output_is_replaced_and_marked(string what, string state)
    {
        using var tree = new Tree();
        var site = Path.Combine(tree.Repo, "_site");
        if (state == "empty")
        {
            Directory.CreateDirectory(site);
        }
        else if (state is "built" or "legacy")
        {
            Assert.Equal(0, (await Run("build", "--root", tree.Repo)).Exit);
            File.WriteAllText(Path.Combine(site, "stale.html"), "old");
            if (state == "legacy")
            {
                File.Delete(Path.Combine(site, OutputFolder.MarkerName));
                File.Delete(Path.Combine(site, "stale.html"));
            }
        }

        var sources = Tree.Fingerprint(Path.Combine(tree.Repo, "content"));
        var (exit, output, err) = await Run("build", "--root", tree.Repo);

        Assert.True(exit == 0, $"{what}: {output}{err}");
        Assert.Equal(OutputFolder.MarkerText, File.ReadAllText(Path.Combine(site, OutputFolder.MarkerName)));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.Equal(sources, Tree.Fingerprint(Path.Combine(tree.Repo, "content")));
    }

    [Fact]
    public async Task A_legacy_site_with_one_foreign_file_is_not_replaced()
    {
        using var tree = new Tree();
        Assert.Equal(0, (await Run("build", "--root", tree.Repo)).Exit);
        var site = Path.Combine(tree.Repo, "_site");
        File.Delete(Path.Combine(site, OutputFolder.MarkerName));
        File.WriteAllText(Path.Combine(site, "notes.docx"), "a maintainer's file");
        var before = Tree.Fingerprint(tree.Site.Root);

        var (exit, _, err) = await Run("build", "--root", tree.Repo);

        Assert.Equal(1, exit);
        Assert.Contains($"error {DiagnosticCode.NotOurs}:", err, StringComparison.Ordinal);
        Assert.Contains("notes.docx", err, StringComparison.Ordinal);
        Assert.Equal(before, Tree.Fingerprint(tree.Site.Root));
    }

    [Fact]
    public async Task The_marker_is_in_no_sitemap_or_search_index()
    {
        using var tree = new Tree();
        Assert.Equal(0, (await Run("build", "--root", tree.Repo)).Exit);
        var site = Path.Combine(tree.Repo, "_site");
        Assert.True(File.Exists(Path.Combine(site, OutputFolder.MarkerName)));
        var generated = Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != OutputFolder.MarkerName);
        Assert.All(generated, f => Assert.DoesNotContain(OutputFolder.MarkerName, File.ReadAllText(f), StringComparison.Ordinal));
    }

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain("GK0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await GongkaiCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static class DiagnosticCode
    {
        public const string Unsafe = Gongkai.Diagnostics.DiagnosticCodes.OutputUnsafe;
        public const string NotOurs = Gongkai.Diagnostics.DiagnosticCodes.OutputNotOurs;
        public const string IoFailed = Gongkai.Diagnostics.DiagnosticCodes.IoFailed;
    }

    /// <summary>outer/ (a <see cref="SiteCopy"/>) with the site moved into outer/repo and the folders a real clone has.</summary>
    private sealed class Tree : IDisposable
    {
        public Tree()
        {
            Directory.CreateDirectory(Site.Path("repo"));
            foreach (var entry in new[] { "site.yml", "content", "templates" })
            {
                Directory.Move(Site.Path(entry), Site.Path("repo/" + entry));
            }

            Site.Write("repo/seeds/000.txt", "原文");
            Site.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
            Site.Write("repo/src/Program.cs", "// code\n");
            Site.Write("elsewhere/keep.txt", "not the site's");
            Directory.CreateSymbolicLink(Site.Path("repo/link-to-content"), Site.Path("repo/content"));
            Directory.CreateSymbolicLink(Site.Path("repo/link-to-templates"), "templates");
            Directory.CreateSymbolicLink(Site.Path("repo/link-to-elsewhere"), Site.Path("elsewhere"));
        }

        public SiteCopy Site { get; } = new();

        public string Repo => Site.Path("repo");

        public string Expand(string value) => value.Replace("{outer}", Site.Root, StringComparison.Ordinal).Replace("{repo}", Repo, StringComparison.Ordinal);

        /// <summary>Every entry under <paramref name="dir"/> without following links: files by hash, folders, link targets.</summary>
        public static string Fingerprint(string dir)
        {
            var lines = new List<string>();
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                var relative = Path.GetRelativePath(dir, entry.FullName);
                lines.Add(entry.LinkTarget is { } target ? $"{relative} -> {target}"
                    : entry is FileInfo file ? $"{relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}"
                    : relative + "/");
            }

            lines.Sort(StringComparer.Ordinal);
            return string.Join("\n", lines);
        }

        public void Dispose() => Site.Dispose();
    }
}
