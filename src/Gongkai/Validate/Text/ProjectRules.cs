using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>
/// A project's amount must agree wherever it is published: 表7 (the sum of its rows' 合计), the 预算安排规模 in the
/// explanations (GK3102) and the 资金总额 of its 绩效目标表 (GK3102). A project the explanations describe but 表7
/// does not list is a warning (GK3103): the names differ or the project is missing.
/// </summary>
internal sealed class ProjectRules(Tolerance tolerance, DiagnosticBag diagnostics)
{
    public void Check(Disclosure disclosure)
    {
        var table = disclosure.Tables.FirstOrDefault(t => t.Kind.HasProjects);
        var listed = table?.AllRows.Where(r => r.Project is not null && !r.IsSumRow).ToList() ?? [];
        var described = disclosure.ExplanationsFile is { } file ? ProjectScanner.Scan(disclosure.ExplanationsMarkdown, file) : [];
        foreach (var project in described)
        {
            CheckAllocation(project);
            var rows = listed.Where(r => ProjectNames.Same(r.Project!, project.Name)).ToList();
            if (rows.Count == 0)
            {
                if (listed.Count > 0)
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ProjectNotListed, project.NameSpan,
                        $"说明中的项目“{project.Name}”在表{table!.Number} {table.Title}中找不到同名项目")
                    {
                        Fix = $"请核对项目名称是否与表{table.Number}一致；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.ProjectNotListed}，quote: \"{project.Name}\"）",
                        Quote = project.Name,
                    });
                }

                continue;
            }

            if (project.Amount is { } amount)
            {
                Compare(table!, rows, amount, project.AmountText!, project.AmountSpan!.Value, $"说明中“{project.Name}”的预算安排规模", project.Name);
            }
        }

        foreach (var target in disclosure.Targets.Where(t => t.Project is not null && t.FundsTotal is not null))
        {
            var rows = listed.Where(r => ProjectNames.Same(r.Project!, target.Project!)).ToList();
            if (rows.Count > 0)
            {
                var text = Amounts.Format(target.FundsTotal!.Value) + "万元";
                Compare(table!, rows, target.FundsTotal.Value, text, target.Span, $"绩效目标表“{target.Project}”的资金总额", target.Project!);
            }

            CompareCarryover(disclosure, target, inBudget: rows.Count > 0);
        }

        CompareOverall(disclosure);
    }

    /// <summary>资金分配情况 splits the 预算安排规模: its amounts must add up to it (seed 001: 5.67 + 4.94 for 11).</summary>
    private void CheckAllocation(DescribedProject project)
    {
        if (project.Amount is not { } scale || project.Allocation.Count == 0)
        {
            return;
        }

        var sum = project.Allocation.Sum(a => a.Value);
        var verdict = tolerance.Judge(scale, sum, project.Allocation.Count);
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var parts = string.Join(" + ", project.Allocation.Select(a => Amounts.Format(a.Value)));
        var message = $"说明中“{project.Name}”的资金分配情况 {parts} = {Amounts.Format(sum)}万元，与预算安排规模 {project.AmountText} 不符（相差 {Amounts.Difference(scale, sum)}万元）";
        var finding = SumFinding.Of(verdict, DiagnosticCodes.TextAllocationMismatch, project.AllocationSpan!.Value, message);
        diagnostics.Add(verdict == Verdict.Rounding
            ? finding with { Quote = project.Name }
            : finding with
            {
                Fix = $"请对照原文核对；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.TextAllocationMismatch}，quote: \"{project.Name}\"）并写出两个数",
                Quote = project.Name,
                Figure = Amounts.Format(sum),
            });
    }

    /// <summary>
    /// The overall sheet (整体绩效目标表) plans the unit's whole budget: its funds (the total, or the sum of its
    /// sources when no total is printed) must equal 表1's 收入总计. Seed 001 lists 上级资金 on top of the full budget.
    /// </summary>
    private void CompareOverall(Disclosure disclosure)
    {
        var summary = disclosure.Tables.FirstOrDefault(t => t.Kind.Id == "budget-summary");
        var income = summary?.Sections.FirstOrDefault(s => s.Definition.Id == "income")?.Rows.FirstOrDefault(r => r.IsTotal)?["amount"];
        if (summary is null || income is null || summary.Empty)
        {
            return;
        }

        foreach (var target in disclosure.Targets.Where(t => t.IsOverall && (t.FundsTotal is not null || t.Funds.Any(f => f.Amount is not null))))
        {
            var (funds, how) = target.FundsTotal is { } total
                ? (total, "资金总额")
                : (target.Funds.Sum(f => f.Amount ?? 0m), $"各项资金（{string.Join(" + ", target.Funds.Where(f => f.Amount is not null).Select(f => $"{f.Label} {Amounts.Format(f.Amount!.Value)}"))}）之和");
            if (funds == income.Value)
            {
                continue;
            }

            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ProjectAmountMismatch, target.Span,
                $"整体绩效目标表的{how} {Amounts.Format(funds)}万元 与表{summary.Number} {summary.Title}的收入总计 {income.Text}万元 不符（相差 {Amounts.Difference(funds, income.Value)}万元）")
            {
                Fix = $"请对照原文核对整体绩效目标表的资金；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.ProjectAmountMismatch}，table: {summary.Id}，row: 整体绩效目标）",
                Table = summary.Id,
                Row = ["整体绩效目标"],
                Figure = Amounts.Format(funds),
                AlsoIn = [summary.File],
            });
        }
    }

    /// <summary>
    /// A target sheet for carried-over funds must give the amount 表11 上年结转结余情况明细表 lists for the same project;
    /// matched by name among 表11's project lines (level ≥ 1), which are few. A sheet is for carried-over funds when
    /// its name says so (上年结转), or when 表7 does not budget the project this year and 表11 carries it over as fiscal
    /// money only; a project with this year's money too (in 表7, or with other funds) may rightly total more.
    /// </summary>
    private void CompareCarryover(Disclosure disclosure, PerformanceTarget target, bool inBudget)
    {
        var saysCarryover = target.Project!.Contains("上年结转", StringComparison.Ordinal);
        if (inBudget && !saysCarryover)
        {
            return;
        }

        foreach (var carryover in disclosure.Tables.Where(t => t.Kind.Id == "carryover"))
        {
            var rows = carryover.AllRows.Where(r => !r.IsSumRow && r.Level >= 1 && r["total"] is not null && ProjectNames.Similar(r.Name, target.Project!)).ToList();
            if (rows.Count == 1 && (saysCarryover || (rows[0]["nonfiscal"]?.Value ?? 0m) == 0m))
            {
                var text = Amounts.Format(target.FundsTotal!.Value) + "万元";
                Compare(carryover, rows, target.FundsTotal.Value, text, target.Span, $"绩效目标表“{target.Project}”的资金总额", target.Project!, rows[0].Name);
            }
        }
    }

    private void Compare(BudgetTable table, List<TableRow> rows, decimal amount, string amountText, SourceSpan span, string what, string project, string? rowName = null)
    {
        var listed = rows.Sum(r => r["total"]?.Value ?? 0m);

        // One published figure against another is never a rounding difference; only a sum of several rows may be.
        var verdict = rows.Count == 1 ? (listed == amount ? Verdict.Equal : Verdict.Mismatch) : tolerance.Judge(listed, amount, rows.Count);
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var message = $"{what} {amountText} 与表{table.Number} {table.Title}中该项目的合计 {Amounts.Format(listed)}万元 不符（相差 {Amounts.Difference(listed, amount)}万元）";
        var finding = SumFinding.Of(verdict, DiagnosticCodes.ProjectAmountMismatch, span, message);
        diagnostics.Add(verdict == Verdict.Rounding
            ? finding with { Quote = project }
            : finding with
            {
                Fix = $"请对照原文核对这两个数，录入有误就改正；若原文如此，在 findings.yml 中确认（rule: {DiagnosticCodes.ProjectAmountMismatch}，quote: \"{project}\"）",
                Quote = project,
                Table = table.Id,
                Row = [.. rows.Select(r => rowName ?? r.Project!).Distinct()],
                AlsoIn = [table.File],
            });
    }
}
