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

    // 万 alone counts too where a list goes on (seed 001: “安全生产专项700万、WW经费200万元”), but not 1万屯 (a quantity).
    [GeneratedRegex(@"(?<![\d.])(?<num>\d+(?:\.\d+)?)\s*万(?:元|(?=[、，,；;。]|$))")]
    private static partial Regex AllocationPattern();

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
                    continue;
                }

                if (project.Amount is not null && lines[j].TrimStart().StartsWith("资金分配情况", StringComparison.Ordinal))
                {
                    project = WithAllocation(project, lines[j], file, j + 1);
                    break;
                }
            }

            projects.Add(project);
        }

        return projects;
    }

    /// <summary>The amounts of a 资金分配情况 line, up to where it starts describing uses (主要用于, or the first 。).</summary>
    private static DescribedProject WithAllocation(DescribedProject project, string line, string file, int lineNumber)
    {
        var end = line.IndexOf("主要用于", StringComparison.Ordinal);
        var stop = line.IndexOf('。', StringComparison.Ordinal);
        var head = line[..new[] { end, stop, line.Length }.Where(x => x >= 0).Min()];
        var amounts = new List<(decimal, string)>();
        foreach (Match m in AllocationPattern().Matches(head))
        {
            if (Amounts.TryParseQuoted(m.Groups["num"].Value, out var value))
            {
                amounts.Add((value, m.Value));
            }
        }

        return project with { Allocation = amounts, AllocationSpan = new SourceSpan(file, new SourceMark(lineNumber, 1 + line.Length - line.TrimStart().Length)) };
    }
}
