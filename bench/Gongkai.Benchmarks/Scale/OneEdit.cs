using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// One edited number of the first unit-year, set to a value no page has, then restored: its staffing count
/// (实有人数, shown on its overview page) or a table amount (shown on its table page and copied into the site's data
/// downloads). Knows the page that shows it and the marker text that page then contains.
/// </summary>
internal sealed partial class OneEdit : IDisposable
{
    private readonly string _file;
    private readonly string _original;
    private readonly bool _restore;

    private OneEdit(string file, Regex pattern, Func<Match, string> replace, string page, string marker, bool restore)
    {
        _file = file;
        _restore = restore;
        _original = File.ReadAllText(_file);
        var match = pattern.Match(_original);
        if (!match.Success)
        {
            throw new InvalidOperationException($"{_file} has no line to edit ({pattern})");
        }

        Edited = string.Concat(_original.AsSpan(0, match.Index), replace(match), _original.AsSpan(match.Index + match.Length));
        Page = page;
        Marker = marker;
    }

    /// <summary>The page's URL path (below the base URL) that shows the number.</summary>
    public string Page { get; }

    /// <summary>What the page contains once it shows the new number.</summary>
    public string Marker { get; }

    private string Edited { get; }

    /// <summary>The staffing count set to <paramref name="value"/>.</summary>
    /// <param name="restore">False for a second edit of the same file: the first edit's restore puts back the original.</param>
    public static OneEdit Staffing(string site, int value, bool restore = true)
    {
        var (unit, year, page) = First(site);
        return new OneEdit(Path.Combine(year, "disclosure.yml"), Actual(), m => m.Groups[1].Value + value.ToString(CultureInfo.InvariantCulture),
            page, string.Create(CultureInfo.InvariantCulture, $"<dd>{value} 人</dd>"), restore);
    }

    /// <summary>
    /// The first decimal amount of the expenditure summary (表3) published with one more decimal place ("76.4" →
    /// "76.40"): the same value, so the sums still hold, but a new published text in its table, lines and downloads.
    /// </summary>
    public static OneEdit Amount(string site)
    {
        var (_, year, page) = First(site);
        var file = Path.Combine(year, "tables", "expenditure-summary.yml");
        var value = Decimal().Match(File.ReadAllText(file)).Groups[2].Value;
        return new OneEdit(file, Decimal(), m => m.Groups[1].Value + m.Groups[2].Value + "0", page + "tables/expenditure-summary/",
            $"<td class=\"num\">{value}0</td>", restore: true);
    }

    public void Apply() => File.WriteAllText(_file, Edited);

    public void Dispose()
    {
        if (_restore)
        {
            File.WriteAllText(_file, _original);
        }
    }

    private static (string Unit, string Year, string Page) First(string site)
    {
        var unit = Directory.GetDirectories(Path.Combine(site, "content", "units")).Order(StringComparer.Ordinal).First();
        var year = Directory.GetDirectories(unit).Order(StringComparer.Ordinal).First();
        return (unit, year, $"units/{Path.GetFileName(unit)}/{Path.GetFileName(year)}/");
    }

    [GeneratedRegex(@"^(\s+actual: )\d+", RegexOptions.Multiline)]
    private static partial Regex Actual();

    [GeneratedRegex(@"(total: )([0-9]+\.[0-9]+)(?=[,\s}])")]
    private static partial Regex Decimal();
}
