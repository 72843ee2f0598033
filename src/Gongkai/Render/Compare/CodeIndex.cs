using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>
/// Every coded table row of the site by (classification, code), built once in one pass over the content:
/// a code page looks its lines up here and never scans the site (the build stays linear in unit-years).
/// </summary>
internal sealed class CodeIndex
{
    /// <summary>
    /// The tables a code page compares: 表3 支出总体 (合计/基本/项目, every fund), 表5 一般公共预算, 表7 its projects,
    /// 表6 by economic code. The other coded tables (收入, 财政拨款, 基金…) repeat these lines by source of funds;
    /// listing them too made each page six tables of the same rows. Their rows still link here from their code cell.
    /// </summary>
    public static readonly IReadOnlySet<string> Compared = new HashSet<string>(["expenditure-summary", "general-budget", "general-budget-project", "general-budget-basic"], StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteContent, CodeIndex> Built = [];

    private readonly Dictionary<(Hierarchy, string), List<CodeLine>> _lines = [];
    private readonly Dictionary<(Hierarchy, string), ClassificationCode> _catalogue = [];
    private readonly ILookup<(Hierarchy, string), ClassificationCode> _children;

    private CodeIndex(SiteContent content)
    {
        Functional = content.Functional;
        Economic = content.Economic;
        foreach (var (hierarchy, codes) in new[] { (Hierarchy.Functional, content.Functional), (Hierarchy.Economic, content.Economic) })
        {
            foreach (var code in codes)
            {
                _catalogue.TryAdd((hierarchy, code.Code), code);
            }
        }

        foreach (var unit in content.Units)
        {
            AddLines(unit, _lines);
        }

        _children = ChildrenOf();
    }

    /// <summary>
    /// The index of <paramref name="content"/> made from <paramref name="previous"/>'s, where only the units in
    /// <paramref name="replaced"/> differ: their lines are taken out and their new lines put in at their place in
    /// content order; every other code's list is shared (lists are never changed once built).
    /// </summary>
    private CodeIndex(CodeIndex previous, SiteContent content, IReadOnlySet<string> replaced)
    {
        Functional = content.Functional;
        Economic = content.Economic;
        _catalogue = previous._catalogue;
        var position = new Dictionary<Unit, int>(ReferenceEqualityComparer.Instance);
        var fresh = new Dictionary<(Hierarchy, string), List<CodeLine>>();
        for (var i = 0; i < content.Units.Count; i++)
        {
            position[content.Units[i]] = i;
            if (replaced.Contains(content.Units[i].Id))
            {
                AddLines(content.Units[i], fresh);
            }
        }

        foreach (var (key, lines) in previous._lines)
        {
            if (!fresh.ContainsKey(key) && !lines.Exists(l => replaced.Contains(l.Unit.Id)))
            {
                _lines[key] = lines;
            }
        }

        foreach (var key in previous._lines.Keys.Concat(fresh.Keys).Where(k => !_lines.ContainsKey(k)).Distinct().ToList())
        {
            var kept = previous._lines.GetValueOrDefault(key, []).Where(l => !replaced.Contains(l.Unit.Id));
            List<CodeLine> merged = [.. kept.Concat(fresh.GetValueOrDefault(key, [])).OrderBy(l => position[l.Unit])];
            if (merged.Count > 0)
            {
                _lines[key] = merged;
            }
        }

        _children = ChildrenOf();
    }

    /// <summary>
    /// Carries the index of <paramref name="previous"/>, if one was built, over to <paramref name="content"/> that differs
    /// only in the <paramref name="replaced"/> units (the preview's fast path: one unit's work, not the site's).
    /// </summary>
    public static void Carry(SiteContent previous, SiteContent content, IReadOnlySet<string> replaced)
    {
        if (Built.TryGetValue(previous, out var index))
        {
            Built.AddOrUpdate(content, new CodeIndex(index, content, replaced));
        }
    }

    private ILookup<(Hierarchy, string), ClassificationCode> ChildrenOf() =>
        Used(Hierarchy.Functional).Select(c => (Hierarchy.Functional, c))
            .Concat(Used(Hierarchy.Economic).Select(c => (Hierarchy.Economic, c)))
            .Where(x => Parent(x.c.Code) is not null)
            .ToLookup(x => (x.Item1, Parent(x.c.Code)!), x => x.c);

    /// <summary>One unit's coded rows of the compared tables, in content order (the carried index's OrderBy is stable, so it keeps that order).</summary>
    private static void AddLines(Unit unit, Dictionary<(Hierarchy, string), List<CodeLine>> lines)
    {
        foreach (var d in unit.Disclosures)
        {
            foreach (var table in d.Tables.Where(t => Compared.Contains(t.Id)))
            {
                foreach (var section in table.Sections.Where(s => s.Definition.Hierarchy != Hierarchy.Outline))
                {
                    var anchors = RowAnchors.For(section);
                    var total = section.Rows.FirstOrDefault(r => r.IsTotal);
                    for (var i = 0; i < section.Rows.Count; i++)
                    {
                        var row = section.Rows[i];
                        if (row.Code is null || row.IsSumRow)
                        {
                            continue;
                        }

                        var key = (section.Definition.Hierarchy, row.Code);
                        if (!lines.TryGetValue(key, out var list))
                        {
                            lines[key] = list = [];
                        }

                        list.Add(new CodeLine(unit, d, table, section, row, anchors[i], total));
                    }
                }
            }
        }
    }

    /// <summary>The site's index, built on first use and shared by every page of the build (table pages link codes through it).</summary>
    public static CodeIndex For(SiteContent content) => Built.GetValue(content, c => new CodeIndex(c));

    /// <summary>The rows published under a code, in content order.</summary>
    public IReadOnlyList<CodeLine> Lines(Hierarchy hierarchy, string code) =>
        _lines.TryGetValue((hierarchy, code), out var list) ? list : [];

    /// <summary>Catalogue codes that some table uses, in catalogue order (a code page is made for each).</summary>
    public IEnumerable<ClassificationCode> Used(Hierarchy hierarchy) =>
        (hierarchy == Hierarchy.Functional ? Functional : Economic).Where(c => _lines.ContainsKey((hierarchy, c.Code)));

    public ClassificationCode? Find(Hierarchy hierarchy, string code) => _catalogue.GetValueOrDefault((hierarchy, code));

    /// <summary>Used codes one level below <paramref name="code"/>.</summary>
    public IEnumerable<ClassificationCode> Children(Hierarchy hierarchy, string code) => _children[(hierarchy, code)];

    /// <summary>True when the code has a page (some table uses it).</summary>
    public bool Has(Hierarchy hierarchy, string code) => _lines.ContainsKey((hierarchy, code));

    private IReadOnlyList<ClassificationCode> Functional { get; }

    private IReadOnlyList<ClassificationCode> Economic { get; }

    /// <summary>The code one level up (类 for a 款, 款 for a 项), or null for a 类.</summary>
    public static string? Parent(string code) => code.Length switch
    {
        7 => code[..5],
        5 => code[..3],
        _ => null,
    };

    /// <summary>类 / 款 / 项 by the code's length (the catalogue's digits per level).</summary>
    public static string Level(string code) => code.Length switch
    {
        3 => "类",
        5 => "款",
        _ => "项",
    };

    public static string Slug(Hierarchy hierarchy) => hierarchy == Hierarchy.Functional ? "functional" : "economic";

    public static string Label(Hierarchy hierarchy) => hierarchy == Hierarchy.Functional ? "支出功能分类" : "支出经济分类";
}
