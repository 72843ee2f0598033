using System.Globalization;
using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>
/// The figures of 单位概况 and 第三部分 as text, worded as the sources word them. Built in code, not in the template:
/// Handlebars treats 0 as false, so a published 0 or 0.00 would vanish, and a negative change would read "增加 -9 人".
/// </summary>
internal static class DisclosureFacts
{
    public static List<FactView> Staffing(Staffing s)
    {
        var facts = new List<FactView>();
        Add(facts, "编制数", s.Authorised, null);
        Add(facts, "实有人数", s.Actual, null);
        Add(facts, "在职", s.InService, s.InServiceChange);
        Add(facts, "退休", s.Retired, s.RetiredChange);
        Add(facts, "离休", s.HonoraryRetired, s.HonoraryRetiredChange);
        return facts;
    }

    /// <summary>"增加 1 人" or "减少 9 人": the sources print the size of a change after its direction, never a minus sign.</summary>
    public static string PeopleChange(int change) => change < 0 ? $"减少 {-change} 人" : $"增加 {change} 人";

    /// <summary>"比上年预算减少 2.61 万元，下降 41.89%" as the sources write it.</summary>
    public static string OperatingSentence(OperatingFunds o)
    {
        var text = $"{o.Label} {Amount(o.Amount)} 万元";
        if (o.Change is { } change)
        {
            text += change < 0 ? $"，比上年预算减少 {Amount(-change)} 万元" : $"，比上年预算增加 {Amount(change)} 万元";
            if (o.ChangeRate is { } rate)
            {
                text += rate < 0 ? $"，下降 {Amount(-rate)}%" : $"，增长 {Amount(rate)}%";
            }
        }

        return text + "。";
    }

    public static List<FactView> Procurement(Procurement p)
    {
        var facts = new List<FactView>();
        AddAmount(facts, "政府采购预算", p.Total, 0);
        AddAmount(facts, "货物", p.Goods, 1);
        AddAmount(facts, "工程", p.Works, 1);
        AddAmount(facts, "服务", p.Services, 1);
        AddAmount(facts, "面向中小企业预留", p.SmeReserved, 0);
        AddAmount(facts, p.SmallMicroLabel, p.SmallMicroReserved, 0);
        return facts;
    }

    /// <summary>"一般公务用车 19 辆，价值 148 万元"; a published 0 stays ("执法执勤车辆 0 辆，价值 0 万元").</summary>
    public static List<FactView> Assets(AssetStatement a)
    {
        var facts = a.Items.Select(i =>
        {
            var parts = new List<string>();
            if (i.Quantity is { } q)
            {
                parts.Add($"{Amount(q)} {i.QuantityUnit}".TrimEnd());
            }

            if (i.Value is { } v)
            {
                parts.Add($"{i.ValueLabel} {Amount(v)} 万元");
            }

            var value = string.Join("，", parts) + (i.Note is null ? "" : $"（{i.Note}）");
            return new FactView(i.Name, value, i.Level);
        }).ToList();
        if (a.Over50 is { } over50)
        {
            facts.Add(new FactView("单位价值 50 万元以上大型设备", $"{over50} {a.Over50Measure}"));
        }

        if (a.Over100 is { } over100)
        {
            facts.Add(new FactView("单位价值 100 万元以上大型设备", $"{over100} {a.Over100Measure}"));
        }

        return facts;
    }

    /// <summary>An amount exactly as written in YAML (decimal keeps the published scale: 0.00 stays 0.00).</summary>
    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Add(List<FactView> facts, string label, int? count, int? change)
    {
        if (count is { } n)
        {
            facts.Add(new FactView(label, change is { } c ? $"{n} 人（{PeopleChange(c)}）" : $"{n} 人"));
        }
    }

    private static void AddAmount(List<FactView> facts, string label, decimal? amount, int level)
    {
        if (amount is { } a)
        {
            facts.Add(new FactView(label, $"{Amount(a)} 万元", level));
        }
    }
}
