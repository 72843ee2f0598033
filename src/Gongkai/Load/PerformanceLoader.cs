using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads &lt;year&gt;/performance.yml: the 绩效目标表 with their indicator rows.</summary>
internal static class PerformanceLoader
{
    public static List<PerformanceTarget> Load(string fullPath, string file, DiagnosticBag diagnostics)
    {
        var r = MappingReader.From(YamlFile.Parse(fullPath, file, diagnostics), file, diagnostics, "performance.yml ");
        if (r is null)
        {
            return [];
        }

        var targets = ListReader.Read(r.Sequence("targets", required: true), file, diagnostics, "绩效目标表", ReadTarget);
        r.ReportUnknown("performance.yml ");
        return targets;
    }

    private static PerformanceTarget? ReadTarget(MappingReader r)
    {
        var kind = r.String("kind", required: true, what: Schema.FieldText.TargetKind);
        var title = r.String("title", required: true, what: Schema.FieldText.TableTitle);
        var year = r.Int("year");
        var unitName = r.String("unit_name");
        var project = r.String("project");
        var owner = r.String("owner");
        var phone = r.String("phone");
        decimal? total = null;
        var funds = new List<FundItem>();
        if (r.Mapping("funds") is { } f)
        {
            total = f.Amount("total");
            funds = ListReader.Read(f.Sequence("items"), f.File, f.Diagnostics, "资金项", i =>
            {
                var label = i.String("label", required: true);
                var amount = i.Amount("amount");
                i.ReportUnknown("资金项");
                return label is null ? null : new FundItem(label, amount);
            });
            f.ReportUnknown("funds ");
        }

        var goal = r.String("goal");
        var indicators = ListReader.Read(r.Sequence("indicators"), r.File, r.Diagnostics, "绩效指标", ReadIndicator);
        r.ReportUnknown("绩效目标表");
        if (kind is not null && kind is not ("project" or "overall"))
        {
            r.Diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("kind"), $"kind “{MappingReader.Shorten(kind)}” 应为 project（项目）或 overall（整体）");
            return null;
        }

        if (kind == "project" && project is null)
        {
            r.Diagnostics.Error(DiagnosticCodes.MissingField, r.Span, "项目支出绩效目标表缺少 “project”（项目名称）；请补上");
        }

        return kind is null || title is null ? null : new PerformanceTarget(kind, title, year, unitName, project, owner, phone, total, funds, goal, indicators, r.Span);
    }

    private static Indicator? ReadIndicator(MappingReader r)
    {
        var level1 = r.String("level1", required: true, what: Schema.FieldText.IndicatorLevel1);
        var level2 = r.String("level2") ?? "";
        var name = r.String("name") ?? "";
        var value = Text(r, "value") ?? "";
        var indicator = new Indicator(level1 ?? "", level2, name, value, r.String("basis"), Text(r, "last_year"), Text(r, "weight"),
            r.String("scoring"), r.String("evidence"));
        r.ReportUnknown("绩效指标");
        return level1 is null ? null : indicator;
    }

    /// <summary>Indicator cells are free text as published ("≥60 篇", "6", "-"); numbers are kept as written.</summary>
    private static string? Text(MappingReader r, string key) => r.String(key);
}
