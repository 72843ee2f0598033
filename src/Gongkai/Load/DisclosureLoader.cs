using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads &lt;year&gt;/disclosure.yml: title, dates, profile and the structured statements.</summary>
internal static class DisclosureLoader
{
    public static Disclosure? Load(string fullPath, string file, string unitId, int year, DiagnosticBag diagnostics)
    {
        var r = MappingReader.From(YamlFile.Parse(fullPath, file, diagnostics), file, diagnostics, "disclosure.yml ");
        if (r is null)
        {
            return null;
        }

        var unit = r.String("unit", required: true, what: Schema.FieldText.DisclosureUnit);
        var fileYear = r.Int("year", required: true, what: Schema.FieldText.DisclosureYear);
        var title = r.String("title", required: true, what: Schema.FieldText.OriginalTitle);
        var scope = r.String("scope") ?? "单位";
        var publisher = r.String("publisher", required: true, what: Schema.FieldText.Publisher);
        var published = r.String("published");
        var seed = r.String("seed");
        var profile = ReadProfile(r.Mapping("profile", required: true));
        var operating = ReadOperatingFunds(r.Mapping("operating_funds"));
        var procurement = ReadProcurement(r.Mapping("procurement"));
        var assets = ReadAssets(r.Mapping("assets"));
        var source = ReadSource(r.Mapping("source"));
        var inferred = ListReader.Read(r.Sequence("inferred"), file, diagnostics, "推定项", i =>
        {
            var what = i.String("what", required: true, what: "推定的是哪些数或哪项内容");
            var reason = i.String("reason", required: true, what: "推定的依据");
            i.ReportUnknown("推定项");
            return what is null || reason is null ? null : new InferredValue(what, reason);
        });
        r.ReportUnknown("disclosure.yml ");

        if (unit is not null && unit != unitId && Ids.Check(unit, r.SpanOfValue("unit"), diagnostics, "单位 id"))
        {
            diagnostics.Error(DiagnosticCodes.PathMismatch, r.SpanOfValue("unit"), $"unit “{MappingReader.Shorten(unit)}” 与所在目录 units/{unitId}/ 不一致；请改为 {unitId}");
        }

        if (fileYear is not null && fileYear != year)
        {
            diagnostics.Error(DiagnosticCodes.PathMismatch, r.SpanOfValue("year"), $"year {fileYear} 与所在目录 {year}/ 不一致；请改为 {year}");
        }

        if (scope is not ("单位" or "部门"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("scope"), $"scope “{MappingReader.Shorten(scope)}” 应为 单位 或 部门");
        }

        if (title is null || publisher is null || profile is null)
        {
            return null;
        }

        return new Disclosure(unitId, year, title, scope, publisher, published, seed, profile, r.Span)
        {
            OperatingFunds = operating,
            Procurement = procurement,
            Assets = assets,
            Source = source,
            Inferred = inferred,
        };
    }

    private static Profile? ReadProfile(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var intro = r.String("functions_intro");
        var functions = r.Strings("functions", required: true);
        var organisation = r.String("organisation", required: true, what: Schema.FieldText.Organisation) ?? "";
        LinkSafety.Check(intro ?? "", r.File, r.SpanOfValue("functions_intro").Start, r.Diagnostics);
        LinkSafety.Check(organisation, r.File, r.SpanOfValue("organisation").Start, r.Diagnostics);
        Staffing? staffing = null;
        if (r.Mapping("staffing") is { } s)
        {
            staffing = new Staffing(
                s.Count("authorised"), s.Count("actual"), s.Count("in_service"), s.Int("in_service_change"),
                s.Count("retired"), s.Int("retired_change"), s.Count("honorary_retired"), s.Int("honorary_retired_change"));
            s.ReportUnknown("staffing ");
        }

        r.ReportUnknown("profile ");
        return new Profile(string.IsNullOrWhiteSpace(intro) ? null : intro, functions, organisation, staffing);
    }

    private static OperatingFunds? ReadOperatingFunds(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var label = r.String("label") ?? "机关运行经费财政拨款预算";
        var amount = r.Amount("amount", required: true);
        var change = r.Amount("change");
        var rate = r.Amount("change_rate");
        r.ReportUnknown("operating_funds ");
        return amount is null ? null : new OperatingFunds(label, amount.Value, change, rate) { RateSpan = r.SpanOfValue("change_rate") };
    }

    private static Procurement? ReadProcurement(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var p = new Procurement(r.Amount("total"), r.Amount("goods"), r.Amount("works"), r.Amount("services"),
            r.Amount("sme_reserved"), r.Amount("small_micro_reserved"), r.Span)
        {
            SmallMicroLabel = r.String("small_micro_label") ?? "小微企业预留",
            FieldSpans = new[] { "total", "goods", "works", "services", "sme_reserved", "small_micro_reserved" }.ToDictionary(k => k, r.SpanOfValue, StringComparer.Ordinal),
        };
        r.ReportUnknown("procurement ");
        return p;
    }

    private static DisclosureSource? ReadSource(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var url = r.String("url");
        if (url is not null && !IsWebAddress(url))
        {
            // The page links to it: only an absolute http(s) address is a link a citizen can follow safely.
            r.Diagnostics.Error(DiagnosticCodes.InvalidSourceUrl, r.SpanOfValue("url"),
                $"source 的 url “{MappingReader.Shorten(url)}” 不是网址；请写原文所在网页的完整地址（以 https:// 或 http:// 开头），不知道地址就删除这一行");
            url = null;
        }

        var source = new DisclosureSource(r.String("title"), r.String("date"), r.String("issuer"), url, r.String("note"));
        r.ReportUnknown("source ");
        return source;
    }

    /// <summary>An absolute http or https URL with a host and no spaces or control characters.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\');

    private static AssetStatement? ReadAssets(MappingReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var asOf = r.String("as_of");
        var items = ListReader.Read(r.Sequence("items"), r.File, r.Diagnostics, "资产项", i =>
        {
            var name = i.String("name", required: true);
            var item = new AssetItem(name ?? "", i.Amount("quantity"), i.String("unit"), i.Amount("value"), i.Int("level") ?? 0, i.String("note")) { Span = i.Span, ValueLabel = i.String("value_label") ?? "价值" };
            i.ReportUnknown("资产项");
            return name is null ? null : item;
        });
        int? over50 = null, over100 = null;
        string? measure50 = null, measure100 = null;
        if (r.Mapping("large_equipment") is { } e)
        {
            over50 = e.Int("over_50");
            over100 = e.Int("over_100");
            measure50 = e.String("over_50_measure");
            measure100 = e.String("over_100_measure");
            e.ReportUnknown("large_equipment ");
        }

        r.ReportUnknown("assets ");
        return new AssetStatement(asOf, items, over50, over100) { Over50Measure = measure50 ?? "台", Over100Measure = measure100 ?? "台" };
    }
}
