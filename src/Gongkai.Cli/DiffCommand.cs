using System.CommandLine;
using Gongkai.Build;

namespace Gongkai.Cli;

/// <summary><c>gongkai diff UNIT YEAR-A YEAR-B</c>: rows added (+), removed (-) and changed (~) between two years' tables.</summary>
internal static class DiffCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var unitId = new Argument<string>("unit") { Description = "单位 id" };
        var yearA = new Argument<int>("year-a") { Description = "较早的年度" };
        var yearB = new Argument<int>("year-b") { Description = "较晚的年度" };
        var command = new Command("diff", "比较一个单位两个年度的表：新增（+）、删除（-）、金额有变化（~）的行") { unitId, yearA, yearB };
        command.SetAction(parse =>
        {
            var (content, _) = BuildPipeline.Check(parse.GetValue(root)!);
            var id = parse.GetValue(unitId)!;
            if (YearLookup.Find(content, id, parse.GetValue(yearA), stderr) is not { } a || YearLookup.Find(content, id, parse.GetValue(yearB), stderr) is not { } b)
            {
                return 1;
            }

            var changes = YearDiff.Compare(a.Disclosure, b.Disclosure);
            foreach (var change in changes)
            {
                stdout.WriteLine(change);
            }

            stdout.WriteLine($"{a.Disclosure.Year} → {b.Disclosure.Year}：{changes.Count(c => c.Kind == '+')} 行新增，{changes.Count(c => c.Kind == '-')} 行删除，{changes.Count(c => c.Kind == '~')} 行金额有变化");
            return 0;
        });
        return command;
    }
}
