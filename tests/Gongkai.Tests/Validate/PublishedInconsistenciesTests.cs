using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Validate;

/// <summary>
/// The published inconsistencies an independent read of the seeds found (issue 11), each written here from the
/// seed text, not from the program's output: every one must be a finding at the file it concerns, acknowledged
/// in findings.yml (so it is shown to citizens), and shown on every page it touches.
/// </summary>
public sealed class PublishedInconsistenciesTests
{
    private const string Zone = "content/units/changji-hitech-zone/2025/";

    private static readonly Lazy<IReadOnlyList<Diagnostic>> Findings = new(() => BuildPipeline.Check(Repo.Root).Diagnostics);

    public static TheoryData<string, string, string, string[]> Misses => new()
    {
        // 001 说明第二部分“一般公共预算51455万元”; 表1 本年收入 一般公共预算拨款 51436 (其中一般财力 50004).
        { "seed 001 text 一般公共预算 51455 against 表1", Zone + "explanations.md", DiagnosticCodes.TextAmountMeaning, ["51455", "表1"] },
        // 001 说明第二部分“收入预算90411万元，其中：一般公共预算51455万元，占 56.89%”; 51455 ÷ 90411 ≈ 56.91%.
        { "seed 001 text 一般公共预算 share 56.89% of 收入预算 90411", Zone + "explanations.md", DiagnosticCodes.TextShareOfWhole, ["56.89%", "90411", Ratio(51455m, 90411m)] },
        // 001 表2 232 债务付息支出 政府性基金 1422 (= 605 + 817 under 2320498); 表8 2330498 857.
        { "seed 001 表2 fund 817 under 2320498, 表8 has none", Zone + "tables/income-summary.yml", DiagnosticCodes.CrossTableMismatch, ["2320498", "817"] },
        { "seed 001 表8 2330498 857 against 表2 40", Zone + "tables/gov-fund.yml", DiagnosticCodes.CrossTableMismatch, ["2330498", "857", "40"] },
        // 001 表3 prints 22308 / 2230803 where 表2 and 表9 print 22302 / 2230299 for the same 70 万元.
        { "seed 001 表3 misprint 22308", Zone + "tables/expenditure-summary.yml", DiagnosticCodes.MisprintedCode, ["22308", "22302"] },
        { "seed 001 表3 misprint 2230803", Zone + "tables/expenditure-summary.yml", DiagnosticCodes.MisprintedCode, ["2230803", "2230299"] },
        // 001 政府采购: 面向中小企业预留 380 万元, 小微企业预留 413 万元 (小微企业 are among the 中小企业).
        { "seed 001 小微企业预留 413 above 面向中小企业预留 380", Zone + "disclosure.yml", DiagnosticCodes.StatementMismatch, ["413", "380"] },
        // 001 国有资产: 车辆 28 辆, 一般公务用车 19 + 执法执勤车辆 0 + 其他车辆 19 = 38.
        { "seed 001 vehicles 28 against 19 + 0 + 19", Zone + "disclosure.yml", DiagnosticCodes.StatementMismatch, ["28", "38"] },
        // 001 整体绩效目标表: 上级资金 2373.98 on top of 本级资金 90411 (表1 收入总计 90411).
        { "seed 001 overall sheet 2373.98 on top of 90411", Zone + "performance.yml", DiagnosticCodes.ProjectAmountMismatch, ["2373.98", "90411"] },
        // 001 说明 前期费 资金分配 5.67 + 4.94 = 10.61, 预算安排规模 11.
        { "seed 001 allocation 5.67 + 4.94 against 11", Zone + "explanations.md", DiagnosticCodes.TextAllocationMismatch, ["10.61", "11万元"] },
        // 001 说明第五部分（三）第 12 项 商贸事务（款）行政运行（项） 131; 表5 2011301 行政运行 130 (20113 商贸事务 297 = 130 + 167).
        { "seed 001 text 商贸事务 行政运行 131 against 表5 130", Zone + "explanations.md", DiagnosticCodes.TextAmountMeaning, ["131万元", "2011301", "130"] },
        // 001 说明第六部分 基本工资 837; 表6 30101 基本工资 833.
        { "seed 001 text 基本工资 837 against 表6 833", Zone + "explanations.md", DiagnosticCodes.TextAmountMeaning, ["837", "833"] },
        // 002 追加 2023 自然基金 project: target sheet 5.00, 表11 and the text 3.00.
        { "seed 002 target sheet 5.00 against 表11 3.00", "content/units/urumqi-tech-transfer-center/2024/performance.yml", DiagnosticCodes.ProjectAmountMismatch, ["5.00", "3.00"] },
        // 003 前期费 target sheet 9.21; 表2, 表11 and the text 9.22.
        { "seed 003 target sheet 9.21 against 9.22", "content/units/changji-science-bureau/2025/performance.yml", DiagnosticCodes.ProjectAmountMismatch, ["9.21", "9.22"] },
    };

    private static string Ratio(decimal part, decimal whole) =>
        Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";

    [Theory]
    [MemberData(nameof(Misses))]
    public void Each_published_inconsistency_is_an_acknowledged_finding_at_the_file_it_concerns(string what, string file, string code, string[] figures)
    {
        var matching = Findings.Value.Where(d => d.Code == code && d.Span.File == file && figures.All(f => d.Message.Contains(f, StringComparison.Ordinal))).ToList();
        Assert.True(matching.Count > 0, $"{what}: no {code} at {file} naming {string.Join(", ", figures)}");
        Assert.All(matching, d => Assert.NotNull(d.AcknowledgedNote));
    }

    [Fact]
    public void Sixteen_functional_rows_basic_in_table_5_but_project_in_table_3_are_each_a_finding()
    {
        // Seed 001: 表3 基本支出 4040, 表5 基本支出 5182; 16 functional codes carry 表5 基本支出 that 表3 lists as 项目支出.
        var rows = Findings.Value.Where(d => d.Code == DiagnosticCodes.CrossTableMismatch && d.Span.File == Zone + "tables/general-budget.yml"
            && d.Message.Contains("基本支出不能少于", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, rows.Count);
        var moved = rows.Sum(d => decimal.Parse(System.Text.RegularExpressions.Regex.Match(d.Message, "（相差 (?<n>[0-9.]+)）").Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5182m - 4040m, moved);
    }

    [Fact]
    public void A_text_amount_that_differs_from_table_6_is_shown_on_the_table_6_page_too()
    {
        var basicPay = Assert.Single(Findings.Value, d => d.Code == DiagnosticCodes.TextAmountMeaning && d.Message.Contains("837", StringComparison.Ordinal));
        Assert.Contains(Zone + "tables/general-budget-basic.yml", basicPay.AlsoIn);
    }
}
