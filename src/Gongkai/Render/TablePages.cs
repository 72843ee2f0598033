using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>One table's page (accessible markup, notes, check status, acknowledged discrepancies) and its downloads.</summary>
internal sealed class TablePages(PageFactory site, Unit unit, Disclosure d, BudgetTable table)
{
    public IEnumerable<OutputFile> Files()
    {
        var path = Urls.TablePath(d, table.Id);
        var findings = site.Diagnostics.InFile(table.File).ToList();
        var index = d.Tables.ToList().IndexOf(table);
        var previous = index > 0 ? d.Tables[index - 1] : null;
        var next = index < d.Tables.Count - 1 ? d.Tables[index + 1] : null;
        var chart = TableChart.For(table);
        var model = new
        {
            title = $"表{table.Number} {table.Title}",
            unitName = unit.Name,
            year = d.Year,
            publisher = d.Publisher,
            note = table.Note,
            empty = table.Empty,
            sections = table.Sections.Select(s => Compare.RowLinks.Apply(site, TableView.Build(table, s, findings), s)).ToList(),
            chart = chart is { } c ? Chart.Html(c.Title, c.Bars) : null,
            chartTitle = chart?.Title,
            status = CheckStatus.From(findings),
            findings = FindingView.From(findings),
            csv = site.Urls.Table(d, table.Id) + table.Id + ".csv",
            json = site.Urls.Table(d, table.Id) + table.Id + ".json",
            previous = previous is null ? null : new { title = $"表{previous.Number} {previous.Title}", url = site.Urls.Table(d, previous.Id) },
            next = next is null ? null : new { title = $"表{next.Number} {next.Title}", url = site.Urls.Table(d, next.Id) },
            tables = d.Tables.Select(t => new { number = t.Number, title = t.Title, url = site.Urls.Table(d, t.Id), current = t == table }).ToList(),
            overview = site.Urls.Disclosure(d),
            extras = Compare.TableYears.Extras(site, unit, d, table),
        };
        var context = site.Context(model.title, $"{unit.Name} {d.Year} 年 表{table.Number} {table.Title}", path,
            new Crumb($"{d.Year} 年", site.Urls.Year(d.Year)),
            new Crumb(unit.DisplayName, site.Urls.Unit(unit.Id)),
            new Crumb($"{d.Year} 年预算", site.Urls.Disclosure(d)),
            new Crumb($"表{table.Number}", null)) with { Kind = "table", Subject = PageFactory.Subject(unit, d) };
        yield return site.Page(path, "table", context, model);
        // Kept for data/gongkai-data.zip, which holds them again.
        yield return new OutputFile(Urls.TableFile(d, table, "csv"), site.Data.TableCsv.Keep(table));
        yield return new OutputFile(Urls.TableFile(d, table, "json"), site.Data.TableJson.Keep(table));
    }
}
