using System.Text.Json;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>The pages of one unit-year: overview, explanations, performance targets, and its JSON download.</summary>
internal sealed class DisclosurePages(PageFactory site, Unit unit, Disclosure d)
{
    private Urls Urls => site.Urls;

    private string Path => Urls.DisclosurePath(d);

    private Crumb[] Crumbs(params Crumb[] more) =>
        [new Crumb($"{d.Year} 年", Urls.Year(d.Year)), new Crumb(unit.DisplayName, Urls.Unit(unit.Id)), .. more];

    public OutputFile Overview()
    {
        var profile = new
        {
            intro = Markdown(d.Profile.FunctionsIntro ?? ""),
            functions = d.Profile.Functions,
            organisation = Markdown(d.Profile.Organisation),
            staffing = d.Profile.Staffing is { } staffing ? DisclosureFacts.Staffing(staffing) : null,
        };
        var headlines = new List<object>();
        AddHeadline(headlines, "收支总预算", Headlines.Total(d));
        AddHeadline(headlines, "财政拨款", Headlines.Fiscal(d));
        AddHeadline(headlines, "基本支出", Headlines.Basic(d));
        AddHeadline(headlines, "项目支出", Headlines.Project(d));
        AddHeadline(headlines, "“三公”经费", Headlines.ThreePublic(d));
        var model = new
        {
            title = d.Title,
            unitName = unit.Name,
            year = d.Year,
            scope = d.Scope,
            region = site.RegionName(unit.RegionId),
            publisher = d.Publisher,
            published = d.Published,
            profile,
            headlines,
            chart = Chart.Html($"{d.Year} 年支出预算按功能分类（类）", Headlines.ByFunction(d)),
            tables = d.Tables.Select(t => new
            {
                number = t.Number,
                title = t.Title,
                url = Urls.Table(d, t.Id),
                empty = t.Empty,
                total = t.Sections[0].Rows.FirstOrDefault(r => r.IsTotal)?.Cells.Values.FirstOrDefault()?.Text,
                status = CheckStatus.From(site.Diagnostics.InFile(t.File)),
                csv = Urls.Table(d, t.Id) + t.Id + ".csv",
            }).ToList(),
            explanations = Urls.Explanations(d),
            performance = Urls.Performance(d),
            targetCount = d.Targets.Count,
            operating = d.OperatingFunds is { } o ? DisclosureFacts.OperatingSentence(o) : null,
            procurement = d.Procurement is { } p ? DisclosureFacts.Procurement(p) : null,
            assets = d.Assets is { } a ? DisclosureFacts.Assets(a) : null,
            assetsAsOf = d.Assets?.AsOf,
            kind = unit.Kind,
            kindBasis = unit.KindBasis,
            source = SourceView.From(d, Urls),
            inferred = d.Inferred,
            glossary = d.Glossary.OrderBy(t => TermView.SortKey(t.Term), StringComparer.Ordinal)
                .Select(t => new TermView(Anchors.UnitTerm(unit.Id, d.Year, t.Id), t.Term, t.Definition, null, string.Join("、", t.Aliases))).ToList(),
            glossaryUrl = Urls.Glossary + "#" + Anchors.UnitGlossary(unit.Id, d.Year),
            tablesIndex = Urls.Tables(d),
            status = site.Status(d),
            findings = FindingView.From(FindingsIn($"{d.Folder}/disclosure.yml")),
            json = Urls.Disclosure(d) + "disclosure.json",
            otherYears = unit.Disclosures.Where(x => x.Year != d.Year).OrderByDescending(x => x.Year)
                .Select(x => new { year = x.Year, url = Urls.Disclosure(x) }).ToList(),
        };
        var context = site.Context($"{d.Scope}预算公开", $"{unit.Name} {d.Year} 年{d.Scope}预算公开", Path, Crumbs(new Crumb($"{d.Year} 年预算", null)))
            with { Kind = "disclosure", Subject = PageFactory.Subject(unit, d) };
        return site.Page(Path, "disclosure", context, model);
    }

    public OutputFile Explanations()
    {
        var path = Path + "explanations/";
        var sections = MarkdownRenderer.Sections(d.ExplanationsMarkdown).Select(s => new { id = s.Id, text = s.Text }).ToList();
        var found = FindingsIn(d.ExplanationsFile);
        var model = new
        {
            title = $"{unit.Name} {d.Year} 年预算情况说明",
            html = Markdown(d.ExplanationsMarkdown),
            sections,
            status = CheckStatus.From(found),
            findings = FindingView.From(found),
            overview = Urls.Disclosure(d),
            glossary = Urls.Glossary,
        };
        var context = site.Context("预算情况说明", $"{unit.Name} {d.Year} 年预算情况说明", path, Crumbs(new Crumb("预算情况说明", null)))
            with { Kind = "explanations", Subject = PageFactory.Subject(unit, d) };
        return site.Page(path, "explanations", context, model);
    }

    public OutputFile Performance()
    {
        var path = Path + "performance/";
        var targets = d.Targets.Select((t, i) => new
        {
            anchor = $"target-{i + 1}",
            kind = t.IsOverall ? "整体绩效目标" : "项目支出绩效目标",
            title = t.Title,
            project = t.Project,
            unitName = t.UnitName,
            owner = t.Owner,
            phone = t.Phone,
            year = t.Year,
            fundsTotal = t.FundsTotal?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            funds = t.Funds.Select(f => new { label = f.Label, amount = f.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
            goal = t.Goal,
            hasLastYear = t.Indicators.Any(x => x.LastYear is not null),
            hasScoring = t.Indicators.Any(x => x.Scoring is not null),
            hasEvidence = t.Indicators.Any(x => x.Evidence is not null),
            indicators = t.Indicators,
        }).ToList();
        var found = FindingsIn($"{d.Folder}/performance.yml");
        var model = new
        {
            title = $"{unit.Name} {d.Year} 年绩效目标",
            targets,
            overview = Urls.Disclosure(d),
            status = CheckStatus.From(found),
            findings = FindingView.From(found),
        };
        var context = site.Context("绩效目标", $"{unit.Name} {d.Year} 年绩效目标表", path, Crumbs(new Crumb("绩效目标", null)))
            with { Kind = "performance", Subject = PageFactory.Subject(unit, d) };
        return site.Page(path, "performance", context, model);
    }

    /// <summary>units/…/&lt;year&gt;/tables/: the list of this disclosure's tables (the folder of the table pages).</summary>
    public OutputFile TableIndex()
    {
        var path = Path + "tables/";
        var model = new
        {
            title = $"{unit.Name} {d.Year} 年预算公开表",
            tables = d.Tables.Select(t => new
            {
                number = t.Number,
                title = t.Title,
                url = Urls.Table(d, t.Id),
                empty = t.Empty,
                status = CheckStatus.From(site.Diagnostics.InFile(t.File)),
            }).ToList(),
            overview = Urls.Disclosure(d),
        };
        var context = site.Context("预算公开表", $"{unit.Name} {d.Year} 年预算公开表", path, Crumbs(new Crumb($"{d.Year} 年预算", Urls.Disclosure(d)), new Crumb("预算公开表", null)))
            with { Kind = "tables", Subject = PageFactory.Subject(unit, d) };
        return site.Page(path, "tables", context, model);
    }

    private List<Diagnostic> FindingsIn(string? file) => [.. site.Diagnostics.InFile(file)];

    public OutputFile Json()
    {
        var data = new
        {
            unit = new { id = unit.Id, name = unit.Name, region = site.RegionName(unit.RegionId), kind = unit.Kind },
            year = d.Year,
            title = d.Title,
            publisher = d.Publisher,
            published = d.Published,
            currency = "万元",
            tables = d.Tables.Select(TableData.From).ToList(),
        };
        return new OutputFile(Path + "disclosure.json", JsonSerializer.SerializeToUtf8Bytes(data, TableData.JsonOptions));
    }

    /// <summary>Markdown with glossary links: a term this unit published links to its own wording, others to the site-wide one.</summary>
    private TrustedHtml Markdown(string text)
    {
        var own = d.Glossary.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var terms = d.Glossary.Concat(site.Content.Glossary.Where(t => !own.Contains(t.Id)));
        var linker = new GlossaryLinker(terms, t => own.Contains(t.Id) ? Urls.GlossaryUnitTerm(unit.Id, d.Year, t.Id) : Urls.GlossaryTerm(t.Id));
        return new(new MarkdownRenderer(linker).Render(text));
    }

    private static void AddHeadline(List<object> list, string label, Cell? cell)
    {
        if (cell is not null)
        {
            list.Add(new { label, amount = cell.Text });
        }
    }
}
