using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// The figures of disclosure.yml checked like a table: 政府采购 goods + works + services = total, no reserved
/// share above the total and the 小微企业 share not above the 中小企业 share; each 国有资产 item whose sub-items
/// follow it (level + 1) equals their sum, in quantity (when all share its unit) and in value; 运行经费's change rate agrees with its amount and change.
/// </summary>
internal sealed class StatementRules(Tolerance tolerance, DiagnosticBag diagnostics)
{
    private const string DisclosureFile = "disclosure.yml";

    public void Check(Disclosure d)
    {
        if (d.Procurement is { } p)
        {
            CheckProcurement(d, p);
        }

        if (d.Assets is { } assets)
        {
            CheckAssets(d, assets.Items);
        }

        if (d.OperatingFunds is { Change: { } change, ChangeRate: { } rate } funds)
        {
            CheckRate(d, funds, change, rate);
        }
    }

    private void CheckProcurement(Disclosure d, Procurement p)
    {
        decimal?[] parts = [p.Goods, p.Works, p.Services];
        if (p.Total is { } total && parts.All(x => x.HasValue))
        {
            var sum = parts.Sum(x => x!.Value);
            Report(d, tolerance.Judge(total, sum, parts.Length), p.FieldSpans["total"], "procurement", "政府采购", "total", total,
                $"政府采购预算总额 {Amounts.Format(total)} 万元与货物、工程、服务之和 {Amounts.Format(sum)} 万元不符（相差 {Amounts.Difference(total, sum)} 万元）");
        }

        foreach (var (key, label, share) in new[] { ("sme_reserved", "面向中小企业预留", p.SmeReserved), ("small_micro_reserved", "小微企业预留", p.SmallMicroReserved) })
        {
            if (p.Total is { } whole && share is { } part && part > whole)
            {
                Report(d, Verdict.Mismatch, p.FieldSpans[key], "procurement", "政府采购", key, part,
                    $"{label} {Amounts.Format(part)} 万元大于政府采购预算总额 {Amounts.Format(whole)} 万元（多 {Amounts.Difference(part, whole)} 万元）；预留份额不能超过总额");
            }
        }

        // 小微企业 are among the 中小企业, so their reserved share is part of the one reserved for 中小企业 (a share
        // already above the whole total is reported once, above).
        if (p is { SmeReserved: { } sme, SmallMicroReserved: { } micro } && micro > sme && (p.Total is not { } all || micro <= all))
        {
            Report(d, Verdict.Mismatch, p.FieldSpans["small_micro_reserved"], "procurement", "政府采购", "small_micro_reserved", micro,
                $"小微企业预留 {Amounts.Format(micro)} 万元大于面向中小企业预留 {Amounts.Format(sme)} 万元（多 {Amounts.Difference(micro, sme)} 万元）；小微企业属于中小企业，其预留份额是面向中小企业预留份额的一部分");
        }
    }

    private void CheckAssets(Disclosure d, IReadOnlyList<AssetItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var parent = items[i];
            var children = new List<AssetItem>();
            for (var j = i + 1; j < items.Count && items[j].Level > parent.Level; j++)
            {
                if (items[j].Level == parent.Level + 1)
                {
                    children.Add(items[j]);
                }
            }

            if (children.Count == 0)
            {
                continue;
            }

            if (parent.Quantity is { } quantity && children.All(c => c.Quantity.HasValue && c.QuantityUnit == parent.QuantityUnit))
            {
                var sum = children.Sum(c => c.Quantity!.Value);
                Report(d, sum == quantity ? Verdict.Equal : Verdict.Mismatch, parent.Span, "assets", parent.Name, "quantity", quantity,
                    $"国有资产“{parent.Name}” {Amounts.Format(quantity)} {parent.QuantityUnit} 与下列各项之和 {Amounts.Format(sum)} {parent.QuantityUnit} 不符（{string.Join(" + ", children.Select(c => $"{c.Name} {Amounts.Format(c.Quantity!.Value)}"))}）");
            }

            if (parent.Value is { } value && children.All(c => c.Value.HasValue))
            {
                var sum = children.Sum(c => c.Value!.Value);
                Report(d, tolerance.Judge(value, sum, children.Count), parent.Span, "assets", parent.Name, "value", value,
                    $"国有资产“{parent.Name}”价值 {Amounts.Format(value)} 万元与下列各项之和 {Amounts.Format(sum)} 万元不符（相差 {Amounts.Difference(value, sum)} 万元）");
            }
        }
    }

    /// <summary>增减率 = 增减额 ÷ 上年数 × 100, with 上年数 = 本年数 − 增减额; both rounded, so a range is allowed.</summary>
    private void CheckRate(Disclosure d, OperatingFunds funds, decimal change, decimal rate)
    {
        var prior = funds.Amount - change;
        var half = Half(funds.Amount) + Half(change);
        if (prior - half <= 0)
        {
            return;
        }

        var a = (change - Half(change)) / (prior + half) * 100m;
        var b = (change + Half(change)) / (prior - half) * 100m;
        var c = (change - Half(change)) / (prior - half) * 100m;
        var e = (change + Half(change)) / (prior + half) * 100m;
        var low = Math.Min(Math.Min(a, b), Math.Min(c, e)) - (2 * Half(rate));
        var high = Math.Max(Math.Max(a, b), Math.Max(c, e)) + (2 * Half(rate));
        if (rate >= low && rate <= high)
        {
            return;
        }

        var expected = Math.Round(change / prior * 100m, rate.Scale, MidpointRounding.AwayFromZero);
        Report(d, Verdict.Mismatch, funds.RateSpan, "operating-funds", funds.Label, "change_rate", rate,
            $"{funds.Label}增减率 {Amounts.Format(rate)}% 与金额不符：本年 {Amounts.Format(funds.Amount)} 万元、增减 {Amounts.Format(change)} 万元，上年应为 {Amounts.Format(prior)} 万元，增减率应约为 {Amounts.Format(expected)}%",
            DiagnosticCodes.StatementRateMismatch);
    }

    private static decimal Half(decimal value) => new decimal(1, 0, 0, false, value.Scale) / 2m;

    private void Report(Disclosure d, Verdict verdict, SourceSpan span, string table, string row, string column, decimal figure, string message, string code = DiagnosticCodes.StatementMismatch)
    {
        if (verdict == Verdict.Equal)
        {
            return;
        }

        var fix = $"请对照原文核对这几个数，录入有误就改正；若原文如此，在 {d.Folder}/findings.yml 中确认（rule: {code}，table: {table}，row: {row}，column: {column}），说明里写出原文的 {Amounts.Format(figure)}";
        diagnostics.Add(SumFinding.Of(verdict, code, span.File.Length == 0 ? SourceSpan.WholeFile($"{d.Folder}/{DisclosureFile}") : span, message) with
        {
            Fix = verdict == Verdict.Rounding ? null : fix,
            Table = table,
            Row = [row],
            Column = column,
            Figure = Amounts.Format(figure),
        });
    }
}
