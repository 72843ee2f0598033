using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Benchmarks;

/// <summary>
/// A large site for the benchmark: the real units copied again and again into a temp folder, each copy moved to
/// another city (place names replaced throughout its text), renamed and numbered. Amounts stay as published, so
/// every copy still validates; the text repeats, which is the hard case for common words.
/// </summary>
internal static partial class SiteGenerator
{
    private static readonly (string Full, string Short)[] Places =
    [
        ("哈密市", "哈密"), ("吐鲁番市", "吐鲁番"), ("克拉玛依市", "克拉玛依"), ("伊犁哈萨克自治州", "伊犁"), ("阿克苏地区", "阿克苏"),
        ("喀什地区", "喀什"), ("和田地区", "和田"), ("塔城地区", "塔城"), ("阿勒泰地区", "阿勒泰"), ("博尔塔拉蒙古自治州", "博州"),
        ("巴音郭楞蒙古自治州", "巴州"), ("克孜勒苏柯尔克孜自治州", "克州"), ("石河子市", "石河子"), ("五家渠市", "五家渠"), ("阿拉尔市", "阿拉尔"),
        ("图木舒克市", "图木舒克"), ("北屯市", "北屯"), ("铁门关市", "铁门关"), ("双河市", "双河"), ("可克达拉市", "可克达拉"),
    ];

    /// <summary>The real site as it is: site.yml, content/ and templates/ copied.</summary>
    public static void CopyReal(string repo, string root)
    {
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(repo, "site.yml"), Path.Combine(root, "site.yml"), overwrite: true);
        CopyDir(Path.Combine(repo, "content"), Path.Combine(root, "content"));
        CopyDir(Path.Combine(repo, "templates"), Path.Combine(root, "templates"));
    }

    /// <summary>Writes site.yml, content/ and templates/ for <paramref name="units"/> units into <paramref name="root"/>.</summary>
    public static void Generate(string repo, string root, int units)
    {
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(repo, "site.yml"), Path.Combine(root, "site.yml"), overwrite: true);
        CopyDir(Path.Combine(repo, "templates"), Path.Combine(root, "templates"));
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(content);
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "content")))
        {
            File.Copy(file, Path.Combine(content, Path.GetFileName(file)), overwrite: true);
        }

        CopyDir(Path.Combine(repo, "content", "classification"), Path.Combine(content, "classification"));
        if (Directory.Exists(Path.Combine(repo, "seeds")))
        {
            CopyDir(Path.Combine(repo, "seeds"), Path.Combine(root, "seeds"));
        }

        var regions = new StringBuilder("regions:\n");
        for (var p = 0; p < Places.Length; p++)
        {
            regions.Append(CultureInfo.InvariantCulture, $"  - id: place-{p:00}\n    name: {Places[p].Full}\n");
        }

        File.WriteAllText(Path.Combine(content, "regions.yml"), regions.ToString());

        var bases = Directory.GetDirectories(Path.Combine(repo, "content", "units")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < units; i++)
        {
            var source = bases[i % bases.Count]!;
            var copy = i / bases.Count;
            var place = copy % Places.Length;
            var id = $"{source}-g{copy:000}";
            var target = Path.Combine(content, "units", id);
            foreach (var file in Directory.GetFiles(Path.Combine(repo, "content", "units", source), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Path.Combine(repo, "content", "units", source), file);
                var text = Move(File.ReadAllText(file), Places[place]);
                if (relative == "unit.yml")
                {
                    text = RegionLine().Replace(text, $"region: place-{place:00}");
                    text = ParentLine().Replace(text, m => $"parent: {m.Groups[1].Value}-g{copy:000}");
                    var number = (copy / Places.Length) + 1;
                    text = NameLine().Replace(text, m => $"{m.Groups[1].Value}: {m.Groups[2].Value.TrimEnd()}{number}号");
                }
                else if (relative.EndsWith("disclosure.yml", StringComparison.Ordinal))
                {
                    text = UnitLine().Replace(text, $"unit: {id}");
                }

                var path = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }
    }

    private static string Move(string text, (string Full, string Short) place) => text
        .Replace("乌鲁木齐市", place.Full, StringComparison.Ordinal)
        .Replace("乌鲁木齐", place.Short, StringComparison.Ordinal)
        .Replace("昌吉回族自治州", place.Full, StringComparison.Ordinal)
        .Replace("昌吉州", place.Short, StringComparison.Ordinal)
        .Replace("昌吉", place.Short, StringComparison.Ordinal);

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"^region:.*$", RegexOptions.Multiline)]
    private static partial Regex RegionLine();

    [GeneratedRegex(@"^parent: ((?!null\b)[a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ParentLine();

    [GeneratedRegex(@"^(name|short_name): ([^#\n]+)", RegexOptions.Multiline)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^unit:.*$", RegexOptions.Multiline)]
    private static partial Regex UnitLine();
}
