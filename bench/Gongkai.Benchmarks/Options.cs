using System.Globalization;

namespace Gongkai.Benchmarks;

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record Options(int Units, string PagefindVersion, string? Work, bool Keep)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(1000, "1.6.0", null, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--units" => options with { Units = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--pagefind" => options with { PagefindVersion = args[++i] },
                "--work" => options with { Work = args[++i] },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"unknown option {args[i]} (use --units N, --pagefind VERSION, --work DIR, --keep)"),
            };
        }

        return options;
    }
}
