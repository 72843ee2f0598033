using System.Globalization;
using System.Text;

namespace Gongkai.Benchmarks;

/// <summary>The benchmark's Markdown tables.</summary>
internal static class Report
{
    public static string Site(
        string name, int units, int htmlPages, int contentPages, double buildSeconds, IndexStats ours,
        TimeSpan pagefindWall, double? pagefindReported, IndexStats pagefindData, IndexStats pagefindRuntime, string pagefindVersion,
        IReadOnlyList<QueryMeasure> measures)
    {
        var sb = new StringBuilder();
        var withTruth = measures.Where(m => m.Expected > 0).ToList();
        sb.AppendLine(Inv($"## {name}：{units} 个单位，{htmlPages} 个 HTML 页面（其中内容页 {contentPages} 个）"));
        sb.AppendLine();
        sb.AppendLine(Inv($"| | Gongkai 索引 | Pagefind {pagefindVersion} |"));
        sb.AppendLine("|---|---|---|");
        sb.AppendLine(Inv($"| 建索引用时 | {buildSeconds:0.00} s（仅 Index 阶段，3 次取中位数） | {pagefindWall.TotalSeconds:0.00} s（npx 全程）{(pagefindReported is null ? "" : Inv($"；自报 {pagefindReported:0.00} s"))} |"));
        sb.AppendLine(Inv($"| 索引文件数 | {ours.Files} | {pagefindData.Files} 个数据文件 + {pagefindRuntime.Files} 个脚本/wasm |"));
        sb.AppendLine(Inv($"| 索引总字节 | {Kb(ours.Bytes)}（逐个 gzip 后 {Kb(ours.Gzipped)}） | 数据 {Kb(pagefindData.Bytes)}（已压缩）+ 脚本/wasm {Kb(pagefindRuntime.Bytes)} |"));
        sb.AppendLine(Inv($"| 每次查询下载（冷缓存，前 10 条结果；平均 / 最大） | {Kb(measures.Average(m => m.OurBytes))} / {Kb(measures.Max(m => m.OurBytes))}（gzip 后 {Kb(measures.Average(m => m.OurGzip))} / {Kb(measures.Max(m => m.OurGzip))}） | 数据 {Kb(measures.Average(m => m.PagefindBytes))} / {Kb(measures.Max(m => m.PagefindBytes))}，另加脚本/wasm {Kb(measures.Average(m => m.PagefindRuntime))} |"));
        sb.AppendLine(Inv($"| 召回率（{withTruth.Count} 个查询平均） | {Pct(withTruth.Average(m => m.OurRecall ?? 0))} | {Pct(withTruth.Average(m => m.PagefindRecall ?? 0))} |"));
        sb.AppendLine();
        sb.AppendLine("| 查询 | 含该词的页面 | 我们：下载（gzip） | 我们：请求数 | 我们：结果页面 | 我们：召回 | Pagefind：数据下载 | Pagefind：请求数 | Pagefind：结果页面 | Pagefind：召回 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in measures)
        {
            sb.AppendLine(Inv($"| {m.Query} | {m.Expected} | {Kb(m.OurBytes)}（{Kb(m.OurGzip)}） | {m.OurRequests} | {m.OurResults} | {Pct(m.OurRecall)} | {Kb(m.PagefindBytes)} | {m.PagefindRequests} | {m.PagefindResults} | {Pct(m.PagefindRecall)} |"));
        }

        sb.AppendLine();
        var misses = measures.Where(m => m.OurMisses.Count > 0 || m.PagefindMisses.Count > 0).ToList();
        if (misses.Count == 0)
        {
            sb.AppendLine("两者都没有漏掉任何页面。");
        }
        else
        {
            sb.AppendLine("漏掉的页面（含该词却不在结果中）：");
            sb.AppendLine();
            foreach (var m in misses)
            {
                if (m.OurMisses.Count > 0)
                {
                    sb.AppendLine(Inv($"- 我们漏掉“{m.Query}”{m.OurMisses.Count} 页：{Sample(m.OurMisses)}"));
                }

                if (m.PagefindMisses.Count > 0)
                {
                    sb.AppendLine(Inv($"- Pagefind 漏掉“{m.Query}”{m.PagefindMisses.Count} 页：{Sample(m.PagefindMisses)}"));
                }
            }
        }

        sb.AppendLine();
        return sb.ToString();
    }

    private static string Sample(IReadOnlyList<string> pages) =>
        string.Join("、", pages.Take(4)) + (pages.Count > 4 ? Inv($" 等") : "");

    private static string Kb(double bytes) => bytes < 1024 ? Inv($"{bytes:0} B") : bytes < 1024 * 1024 ? Inv($"{bytes / 1024:0.0} kB") : Inv($"{bytes / 1024 / 1024:0.0} MB");

    private static string Pct(double? value) => value is null ? "—" : Inv($"{value * 100:0}%");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
