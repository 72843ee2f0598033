using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>A plain-language heading for each kind of finding, so citizens read what was checked rather than a rule code.</summary>
internal static class FindingHeadings
{
    /// <summary>The heading of a finding whose kind has none of its own (a code added without one).</summary>
    public const string Fallback = "数据核对发现的不一致";

    public static string For(string code) => code switch
    {
        DiagnosticCodes.Duplicate => "同一行出现了两次",
        "GK2101" => "合计与各分项之和不一致",
        "GK2102" => "一行的合计与各栏之和不一致",
        "GK2103" => "收入总计与支出总计不一致",
        "GK2104" => "表中缺少上一级科目的行",
        "GK2105" => "文字说明中的分项之和与总数不一致",
        "GK2106" => "运行经费的增减比例与金额不符",
        DiagnosticCodes.Rounding => "四舍五入造成的小差额",
        "GK2201" => "科目编码不在标准科目目录中",
        "GK2202" => "科目编码属于另一种分类",
        "GK2203" => "科目名称与标准名称写法不同",
        "GK2204" => "科目名称不是标准名称",
        "GK2205" => "原表科目编码印误",
        "GK2206" => "同一笔钱在两张表中列在不同的科目编码下",
        "GK2301" => "说明中的金额在各表中找不到",
        "GK2302" => "说明中的百分比与金额不符",
        "GK2303" => "说明中“增加”“减少”的写法与数字矛盾",
        "GK2304" => "说明中的增减比例与金额不符",
        "GK2305" => "项目资金分配之和与预算安排规模不符",
        "GK2306" => "说明中的金额与它所说的表中数字不符",
        "GK2307" => "说明中的比例与它所说的总额不符",
        "GK2308" => "说明中与上年比较的增减额与两年的表不符",
        "GK3101" => "两张表之间应当相等的数不一致",
        "GK3102" => "同一项目在各处公开的金额不一致",
        "GK3103" => "说明中介绍的项目在项目支出表中找不到",
        _ => Fallback,
    };
}
