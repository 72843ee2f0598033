namespace Gongkai.Tests.Fidelity;

/// <summary>The explained differences between content tables and their seeds. Every entry's reason points to the YAML comment that records it.</summary>
internal static class FidelityAllowances
{
    public static IReadOnlyList<FidelityAllowance> All { get; } =
    [
        new(
            "changji-hitech-innovation-center", 2025, 2, AllowanceKind.Surplus,
            [204.8m, 204.8m, 76.4m, 128.4m, 10.52m, 10.52m, 7.06m, 3.46m, 4.23m, 3.47m, 0.43m, 0.33m, 5.92m, 5.92m, 225.47m, 225.47m],
            "seed 000 表2 的抽取每行只得两个数（第 1 页落在 总计/财政拨款（补助）小计，第 2 页落在 总计/一般公共预算），合计行只得一个数 225.47；"
            + "本单位收入全部是一般公共预算拨款，转录时按本表 总计 = 财政拨款（补助）小计 = 一般公共预算 补写了缺的一栏（合计行补两栏）。"
            + "见 content/units/changji-hitech-innovation-center/2025/tables/income-summary.yml 文件头注释，"
            + "及各行行尾注释“据 小计 = 一般公共预算 补”“一般公共预算栏据 小计 补”“补总计、小计两栏”。所补的数都是本表已印出的数，不是新数。"),
    ];

    public static FidelityAllowance? Find(string unit, int year, int table, AllowanceKind kind) =>
        All.FirstOrDefault(a => a.Unit == unit && a.Year == year && a.Table == table && a.Kind == kind);
}
