using System.Globalization;
using Gongkai.Model;
using Gongkai.Render;

namespace Gongkai.Index;

/// <summary>
/// What is searchable, read from the content model (not from rendered HTML, so navigation and layout text never
/// match): glossary terms, unit pages, each disclosure's overview, tables (row labels, codes, project names,
/// amounts), explanation sections and performance targets. Pages come out in index order: by kind, then group.
/// </summary>
internal static class IndexPages
{
    public static List<IndexPage> From(SiteContent content, IndexLayout layout)
    {
        var pages = SiteWide(content, layout);
        foreach (var kind in GroupKinds)
        {
            for (var g = 0; g < layout.Groups.Count; g++)
            {
                pages.AddRange(OfGroup(kind, layout, g));
            }
        }

        return pages;
    }

    /// <summary>The kinds whose pages belong to one disclosure (a group), in index order.</summary>
    public static IReadOnlyList<DocKind> GroupKinds { get; } = [DocKind.Overview, DocKind.Table, DocKind.Explanations, DocKind.Performance];

    /// <summary>The pages of one kind of one disclosure, in index order.</summary>
    public static IEnumerable<IndexPage> OfGroup(DocKind kind, IndexLayout layout, int g)
    {
        var d = layout.Groups[g];
        var u = layout.UnitIndex[d.UnitId];
        var unit = layout.Units[u];
        return kind switch
        {
            DocKind.Overview => Overview(layout, unit, u, g, d),
            DocKind.Table => Tables(layout, unit, u, g, d),
            DocKind.Explanations => Explanations(layout, unit, u, g, d),
            DocKind.Performance => Performance(layout, unit, u, g, d),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of a disclosure's pages"),
        };
    }

    /// <summary>Glossary terms and unit pages: the pages that belong to no one disclosure, in index order.</summary>
    public static List<IndexPage> SiteWide(SiteContent content, IndexLayout layout)
    {
        var pages = new List<IndexPage>();
        pages.AddRange(content.Glossary.Select(t => Term(t, -1, -1, null, t.Id)));

        // A term several units publish in the same words is one entry, at the first one's anchor on the glossary page
        // (Render/Anchors); a term one unit publishes its own way keeps that unit and year for the facets. Site-wide
        // entries come first (map.bin).
        var added = layout.Groups.SelectMany((d, g) => d.Glossary.Select(t => (Term: t, Group: g, Unit: layout.UnitIndex[d.UnitId])))
            .GroupBy(x => (x.Term.Id, x.Term.Term, x.Term.Definition))
            .ToList();
        foreach (var shared in added.Where(a => a.Count() > 1).OrderBy(a => a.Key.Id, StringComparer.Ordinal).ThenBy(a => a.Key.Term, StringComparer.Ordinal))
        {
            var names = shared.Select(x => $"{layout.Units[x.Unit].DisplayName} {layout.Groups[x.Group].Year} 年").ToList();
            var source = string.Join("、", names.Take(3)) + (names.Count > 3 ? $"等 {names.Count} 个单位" : "") + "公开的解释";
            var first = shared.First();
            pages.Add(Term(first.Term, -1, -1, source, Anchor(layout, first.Group, first.Term)));
        }

        foreach (var (term, g, unit) in added.Where(a => a.Count() == 1).Select(a => a.Single()).OrderBy(x => x.Group))
        {
            pages.Add(Term(term, unit, g, $"{layout.Units[unit].DisplayName} {layout.Groups[g].Year} 年公开的解释", Anchor(layout, g, term)));
        }

        for (var u = 0; u < layout.Units.Count; u++)
        {
            pages.Add(UnitPage(content, layout, u));
        }

        return pages;
    }

    private static string Anchor(IndexLayout layout, int group, GlossaryTerm term) =>
        Render.Anchors.UnitTerm(layout.Groups[group].UnitId, layout.Groups[group].Year, term.Id);

    private static IndexPage Term(GlossaryTerm term, int unit, int group, string? source, string anchor)
    {
        var lines = new List<IndexLine> { new(term.Definition) };
        if (term.Aliases.Count > 0)
        {
            lines.Add(new IndexLine("又称：" + string.Join("、", term.Aliases), LineRole.Label));
        }

        if (source is not null)
        {
            lines.Add(new IndexLine($"（{source}）"));
        }

        return new IndexPage(DocKind.Glossary, unit, group, "glossary/", anchor, term.Term, lines);
    }

    private static IndexPage UnitPage(SiteContent content, IndexLayout layout, int u)
    {
        var unit = layout.Units[u];
        var lines = new List<IndexLine>();
        if (unit.ShortName is not null)
        {
            // The short name is what pages and citizens mostly use, so it ranks like the title.
            lines.Add(new IndexLine("简称：" + unit.ShortName, LineRole.Title));
        }

        lines.Add(new IndexLine($"{unit.Kind} · {content.FindRegion(unit.RegionId)?.Name ?? unit.RegionId}"));
        if (unit.ParentId is not null && content.FindUnit(unit.ParentId) is { } parent)
        {
            lines.Add(new IndexLine("上级单位：" + parent.Name));
        }

        if (unit.Disclosures.Count > 0)
        {
            lines.Add(new IndexLine("预算公开：" + string.Join("、", unit.Disclosures.Select(d => $"{d.Year} 年").Order(StringComparer.Ordinal))));
        }

        return new IndexPage(DocKind.Unit, u, -1, Urls.UnitPath(unit.Id), null, unit.Name, lines);
    }

    private static IEnumerable<IndexPage> Overview(IndexLayout layout, Unit unit, int u, int g, Disclosure d)
    {
        var r = layout.RegionOf(unit);
        var region = r >= 0 ? layout.Regions[r].Name : unit.RegionId;
        var lines = new List<IndexLine>
        {
            new($"{unit.Name} · {region} · {d.Year} 年{d.Scope}预算", LineRole.Label),
            new($"编制单位：{d.Publisher}{(d.Published is null ? "" : " · 发布于 " + d.Published)}"),
        };
        Headline(lines, "收支总预算", Headlines.Total(d));
        Headline(lines, "财政拨款", Headlines.Fiscal(d));
        Headline(lines, "基本支出", Headlines.Basic(d));
        Headline(lines, "项目支出", Headlines.Project(d));
        Headline(lines, "“三公”经费", Headlines.ThreePublic(d));
        lines.AddRange(Headlines.ByFunction(d).Select(f => new IndexLine($"{f.Code} {f.Name}", LineRole.Body, $"{f.Amount.ToString(CultureInfo.InvariantCulture)} 万元")));
        if (d.Tables.Count > 0)
        {
            lines.Add(new IndexLine("预算公开表：" + string.Join("；", d.Tables.Select(t => $"表{t.Number} {t.Title}"))));
        }

        lines.AddRange(MarkdownText.Paragraphs(d.Profile.FunctionsIntro).Select(p => new IndexLine(p)));
        lines.AddRange(d.Profile.Functions.Select(f => new IndexLine(f)));
        lines.AddRange(MarkdownText.Paragraphs(d.Profile.Organisation).Select(p => new IndexLine(p)));
        if (d.Profile.Staffing is { } s)
        {
            var parts = new List<string>();
            Add(parts, "编制数", s.Authorised, "人");
            Add(parts, "实有人数", s.Actual, "人");
            Add(parts, "在职", s.InService, "人");
            Add(parts, "退休", s.Retired, "人");
            Add(parts, "离休", s.HonoraryRetired, "人");
            lines.Add(new IndexLine("人员情况：" + string.Join("，", parts)));
        }

        if (d.OperatingFunds is { } funds)
        {
            var change = funds.Change is null ? "" : $"，比上年增减 {Num(funds.Change)} 万元" + (funds.ChangeRate is null ? "" : $"（{Num(funds.ChangeRate)}%）");
            lines.Add(new IndexLine(funds.Label, LineRole.Label, $"{Num(funds.Amount)} 万元{change}"));
        }

        if (d.Procurement is { } p)
        {
            Amount(lines, "政府采购预算", p.Total);
            Amount(lines, "政府采购 货物", p.Goods);
            Amount(lines, "政府采购 工程", p.Works);
            Amount(lines, "政府采购 服务", p.Services);
            Amount(lines, "面向中小企业预留", p.SmeReserved);
            Amount(lines, "其中小微企业预留", p.SmallMicroReserved);
        }

        if (d.Assets is { } assets)
        {
            foreach (var item in assets.Items)
            {
                var quantity = item.Quantity is null ? "" : $" {Num(item.Quantity)} {item.QuantityUnit}";
                lines.Add(new IndexLine($"国有资产 {item.Name}{quantity}{(item.Note is null ? "" : $"（{item.Note}）")}", LineRole.Body, item.Value is null ? null : $"价值 {Num(item.Value)} 万元"));
            }
        }

        yield return new IndexPage(DocKind.Overview, u, g, Urls.DisclosurePath(d), null, d.Title, lines);
    }

    private static IEnumerable<IndexPage> Tables(IndexLayout layout, Unit unit, int u, int g, Disclosure d)
    {
        foreach (var table in d.Tables)
        {
            var lines = new List<IndexLine> { new($"编制单位：{d.Publisher} · {d.Year} 年 · 单位：万元") };
            if (!string.IsNullOrWhiteSpace(table.Note))
            {
                lines.Add(new IndexLine(table.Note));
            }

            foreach (var section in table.Sections)
            {
                if (section.Definition.Caption is { Length: > 0 } caption)
                {
                    lines.Add(new IndexLine(caption, LineRole.Label));
                }

                // The column headings are on the page too (表头): searchable once per section, not on every row.
                var headings = section.Columns.SelectMany(c => c.Group.Append(c.Label)).Distinct(StringComparer.Ordinal).ToList();
                if (headings.Count > 0)
                {
                    lines.Add(new IndexLine("栏目：" + string.Join("、", headings)));
                }

                foreach (var row in section.Rows)
                {
                    var text = string.Join(" ", new[] { row.Code, row.Name, row.Project, row.Note is null ? null : $"（{row.Note}）" }.Where(x => !string.IsNullOrWhiteSpace(x)));
                    var amounts = string.Join(" · ", section.Columns.Where(c => row[c.Key] is not null).Select(c => $"{c.Label} {row[c.Key]!.Text}"));
                    lines.Add(new IndexLine(text, LineRole.Label, amounts.Length == 0 ? null : amounts));
                }
            }

            lines.AddRange(d.Acknowledgements.Where(a => a.Table == table.Id).Select(a => new IndexLine("说明：" + a.Note)));
            yield return new IndexPage(DocKind.Table, u, g, Urls.TablePath(d, table.Id), null, $"表{table.Number} {table.Title}", lines);
        }
    }

    private static IEnumerable<IndexPage> Explanations(IndexLayout layout, Unit unit, int u, int g, Disclosure d)
    {
        var url = Urls.DisclosurePath(d) + "explanations/";
        var blocks = MarkdownText.Blocks(d.ExplanationsMarkdown);

        // The page itself (its heading and table of contents), then one entry per section.
        var pages = new List<IndexPage>
        {
            new(DocKind.Explanations, u, g, url, null, $"{unit.Name} {d.Year} 年预算情况说明",
                [.. blocks.Where(b => b.HeadingLevel == 2).Select(b => new IndexLine(b.Text, LineRole.Label))]),
        };
        string? anchor = null;
        var title = "预算情况说明";
        var lines = new List<IndexLine>();
        foreach (var block in blocks)
        {
            if (block.HeadingLevel is 2 or 3 && block.Id is not null)
            {
                if (lines.Count > 0 || anchor is not null)
                {
                    pages.Add(new IndexPage(DocKind.Explanations, u, g, url, anchor, title, lines));
                }

                anchor = block.Id;
                title = block.Text;
                lines = [];
            }
            else if (block.Text.Length > 0)
            {
                lines.Add(new IndexLine(block.Text, block.HeadingLevel > 0 ? LineRole.Label : LineRole.Body));
            }
        }

        if (lines.Count > 0 || anchor is not null)
        {
            pages.Add(new IndexPage(DocKind.Explanations, u, g, url, anchor, title, lines));
        }

        // Text before the first heading belongs to the page entry.
        if (pages.Count > 1 && pages[1].Anchor is null)
        {
            pages[0] = pages[0] with { Lines = [.. pages[1].Lines, .. pages[0].Lines] };
            pages.RemoveAt(1);
        }

        return pages;
    }

    private static IEnumerable<IndexPage> Performance(IndexLayout layout, Unit unit, int u, int g, Disclosure d)
    {
        var url = Urls.DisclosurePath(d) + "performance/";
        IReadOnlyList<IndexLine> contents = d.Targets.Count == 0
            ? [new IndexLine("本年度没有公开绩效目标表。")]
            : [.. d.Targets.Select(t => new IndexLine(t.Project ?? t.Title, LineRole.Label))];
        yield return new IndexPage(DocKind.Performance, u, g, url, null, $"{unit.Name} {d.Year} 年绩效目标", contents);
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var t = d.Targets[i];
            var lines = new List<IndexLine>();
            if (t.Project is not null)
            {
                lines.Add(new IndexLine(t.Title));
            }

            if (t.UnitName is not null)
            {
                lines.Add(new IndexLine("预算单位：" + t.UnitName));
            }

            if (t.Owner is not null)
            {
                lines.Add(new IndexLine("负责人：" + t.Owner + (string.IsNullOrEmpty(t.Phone) ? "" : " " + t.Phone)));
            }

            if (t.FundsTotal is not null)
            {
                lines.Add(new IndexLine("年度预算总额", LineRole.Body, $"{Num(t.FundsTotal)} 万元"));
            }

            lines.AddRange(t.Funds.Where(f => f.Amount is not null).Select(f => new IndexLine(f.Label, LineRole.Body, $"{Num(f.Amount)} 万元")));
            if (!string.IsNullOrWhiteSpace(t.Goal))
            {
                lines.Add(new IndexLine(t.Goal));
            }

            foreach (var x in t.Indicators)
            {
                var detail = string.Join(" · ", new[] { x.Level1, x.Level2, x.Basis is null ? null : "依据 " + x.Basis, x.Weight is null ? null : "权重 " + x.Weight, x.Scoring, x.Evidence is null ? null : "佐证 " + x.Evidence }
                    .Where(s => !string.IsNullOrWhiteSpace(s)));
                lines.Add(new IndexLine($"{x.Name}：{x.Value}", LineRole.Label, detail, DetailTerms.All));
            }

            yield return new IndexPage(DocKind.Performance, u, g, url, $"target-{i + 1}", t.Project ?? t.Title, lines);
        }
    }

    private static void Headline(List<IndexLine> lines, string label, Cell? cell)
    {
        if (cell is not null)
        {
            lines.Add(new IndexLine(label, LineRole.Body, $"{cell.Text} 万元"));
        }
    }

    private static void Amount(List<IndexLine> lines, string label, decimal? amount)
    {
        if (amount is not null)
        {
            lines.Add(new IndexLine(label, LineRole.Body, $"{Num(amount)} 万元"));
        }
    }

    private static void Add(List<string> parts, string label, int? value, string unit)
    {
        if (value is not null)
        {
            parts.Add($"{label} {value.Value.ToString(CultureInfo.InvariantCulture)} {unit}");
        }
    }

    private static string Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
