namespace Gongkai.Benchmarks;

/// <summary>What citizens type: item and project names, codes, amounts, glossary terms, words from the explanations.</summary>
internal static class BenchQueries
{
    public static IReadOnlyList<string> All { get; } =
    [
        "科学技术支出",
        "机关事业单位基本养老保险缴费支出",
        "2080505",
        "20805",
        "250.00",
        "委托业务费",
        "红山科技创新券",
        "三公经费",
        "公务接待费",
        "政府采购",
        "科技型企业孵化器",
        "满意度",
        "高新技术",
        "培训费",
        "科技创新",
        "支出",
        "2080505 住房公积金",
    ];
}
