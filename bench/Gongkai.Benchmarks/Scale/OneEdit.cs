using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Benchmarks.Scale;

/// <summary>
/// The benchmark's one edited number: the staffing count (实有人数) of the first unit-year, which its overview page
/// shows; set to a value no page has, then restored. Returns the page's path below the site and the marker text.
/// </summary>
internal sealed partial class OneEdit : IDisposable
{
    private readonly string _file;
    private readonly string _original;
    private readonly bool _restore;

    /// <param name="restore">False for a second edit of the same file: the first edit's restore puts back the original.</param>
    public OneEdit(string site, int value, bool restore = true)
    {
        _restore = restore;
        var unit = Directory.GetDirectories(Path.Combine(site, "content", "units")).Order(StringComparer.Ordinal).First();
        var year = Directory.GetDirectories(unit).Order(StringComparer.Ordinal).First();
        _file = Path.Combine(year, "disclosure.yml");
        _original = File.ReadAllText(_file);
        Marker = string.Create(CultureInfo.InvariantCulture, $"<dd>{value} 人</dd>");
        Page = $"units/{Path.GetFileName(unit)}/{Path.GetFileName(year)}/";
        Edited = Actual().Replace(_original, m => m.Groups[1].Value + value.ToString(CultureInfo.InvariantCulture), 1);
        if (Edited == _original)
        {
            throw new InvalidOperationException($"{_file} has no staffing 'actual:' line to edit");
        }
    }

    /// <summary>The overview page's URL path (below the base URL) that shows the number.</summary>
    public string Page { get; }

    /// <summary>What the page contains once it shows the new number.</summary>
    public string Marker { get; }

    private string Edited { get; }

    public void Apply() => File.WriteAllText(_file, Edited);

    public void Dispose()
    {
        if (_restore)
        {
            File.WriteAllText(_file, _original);
        }
    }

    [GeneratedRegex(@"^(\s+actual: )\d+", RegexOptions.Multiline)]
    private static partial Regex Actual();
}
