using System.Globalization;

namespace Gongkai.Benchmarks.Scale;

/// <summary>Options of the scale benchmark: sizes in unit-years, a work folder, where to write the results, a label, whether to measure the preview.</summary>
internal sealed record ScaleOptions(IReadOnlyList<int> Sizes, string? Work, string Results, string Label, bool Preview = true)
{
    public static ScaleOptions Parse(string[] args, string repo)
    {
        var options = new ScaleOptions([250, 1000, 5000, 20000], null, Path.Combine(repo, "bench", "results.md"), "");
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--work" => options with { Work = args[++i] },
                "--results" => options with { Results = Path.GetFullPath(args[++i]) },
                "--label" => options with { Label = args[++i] },
                "--no-preview" => options with { Preview = false },
                _ => throw new ArgumentException($"unknown option {args[i]} (use --sizes 250,1000, --work DIR, --results FILE, --label TEXT, --no-preview)"),
            };
        }

        return options;
    }
}
