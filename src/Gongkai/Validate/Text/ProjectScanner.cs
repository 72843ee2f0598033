using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>Finds the 项目名称 / 预算安排规模 pairs of the project section (七、…项目支出情况说明) of the explanations.</summary>
internal static partial class ProjectScanner
{
    [GeneratedRegex(@"项目名称\s*[：:]\s*(?<name>.+?)\s*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"预算安排规模\s*[：:]\s*(?<num>\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex AmountPattern();

    public static IReadOnlyList<DescribedProject> Scan(string markdown, string file)
    {
        var projects = new List<DescribedProject>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var name = NamePattern().Match(lines[i].TrimEnd('\r'));
            if (!name.Success)
            {
                continue;
            }

            var nameSpan = new SourceSpan(file, new SourceMark(i + 1, name.Groups["name"].Index + 1));
            DescribedProject project = new(name.Groups["name"].Value, nameSpan, null, null, null);
            for (var j = i + 1; j < lines.Length && !NamePattern().IsMatch(lines[j]) && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                var amount = AmountPattern().Match(lines[j]);
                if (amount.Success && Amounts.TryParseQuoted(amount.Groups["num"].Value, out var value))
                {
                    project = project with
                    {
                        Amount = value,
                        AmountText = amount.Groups["num"].Value + "万元",
                        AmountSpan = new SourceSpan(file, new SourceMark(j + 1, amount.Groups["num"].Index + 1)),
                    };
                    break;
                }
            }

            projects.Add(project);
        }

        return projects;
    }
}
