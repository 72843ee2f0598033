using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Write;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Fiscal Data Packages (Frictionless, FDP 0.3 "model" mapping: measures and dimensions): one per disclosure
/// beside its pages and one for the whole site under data/, each a datapackage.json describing a
/// budget-lines.csv; and data/gongkai-data.zip, the whole site's data in one deterministic archive.
/// Amounts are 万元 as published; the measure says so with factor 10000 (to 元) and currency CNY, phase
/// "proposed" (a budget, not an outturn). Total rows are lines too (is_total = true): sum only the others.
/// </summary>
internal static class DataPackages
{
    public const string Folder = "data/";

    public const string Descriptor = "datapackage.json";

    public const string LinesFile = "budget-lines.csv";

    public const string Archive = "gongkai-data.zip";

    public static IEnumerable<Func<IEnumerable<OutputFile>>> Jobs(PageFactory site)
    {
        var content = site.Content;
        foreach (var unit in content.Units)
        {
            foreach (var d in unit.Disclosures)
            {
                IEnumerable<OutputFile> Job() =>
                [
                    new OutputFile(Urls.DisclosurePath(d) + LinesFile, site.Data.Lines.Keep(d)),
                    new OutputFile(Urls.DisclosurePath(d) + Descriptor, Json(Package($"gongkai-{d.UnitId}-{d.Year}", d.Title, d.Year, d.Year))),
                ];

                // The lines read the disclosure, its unit and the site's catalogues and regions: all in the unit-year's key.
                yield return site.Groups is { } groups ? groups.Wrap(() => $"budget-lines {groups.Inputs.DisclosureKey(unit, d)}", [Job]) : Job;
            }
        }
    }

    /// <summary>
    /// The site's data downloads, run after the unit-year and per-disclosure jobs: they repeat what those jobs kept or
    /// replayed, so they copy those bytes instead of making them again (see <see cref="PageFactory.LastJobs"/>).
    /// </summary>
    public static Func<IEnumerable<OutputFile>> SiteJob(PageFactory site)
    {
        IEnumerable<OutputFile> Job() => Site(site);

        // Cached by the hashes of the files they copy (at 1,000 unit-years the archive alone is 1.7 s on one core at
        // the end of an incremental build): an edit that changes no table and no budget line replays all four files.
        return site.Groups is { } groups
            ? groups.Wrap(() => groups.Inputs.SiteDataKey(Copied(site.Content), groups.HashOf), [Job])
            : Job;
    }

    /// <summary>The paths of the files the site's downloads repeat, in archive order.</summary>
    private static IEnumerable<string> Copied(Model.SiteContent content)
    {
        var disclosures = content.Units.SelectMany(u => u.Disclosures).ToList();
        return disclosures.Select(d => Urls.DisclosurePath(d) + LinesFile)
            .Concat(disclosures.SelectMany(d => d.Tables.Select(t => Urls.TableFile(d, t, "csv")).Concat(d.Tables.Select(t => Urls.TableFile(d, t, "json")))));
    }

    private static IEnumerable<OutputFile> Site(PageFactory site)
    {
        var content = site.Content;
        var disclosures = content.Units.SelectMany(u => u.Disclosures).ToList();
        // Each disclosure's lines as its own job staged, kept or replayed them (those jobs have all run:
        // PageFactory.LastJobs; issue 14: not computed twice), one disclosure at a time into the spool.
        var header = BudgetLines.Header.Length;
        var csv = site.Spool.Write(Folder + LinesFile, s =>
        {
            s.Write(BudgetLines.Header);
            foreach (var d in disclosures)
            {
                s.Write(site.Data.Lines.Take(d, () => Written(site, Urls.DisclosurePath(d) + LinesFile)).AsSpan(header));
            }
        });
        var years = disclosures.Select(d => d.Year).DefaultIfEmpty(0).ToList();
        var descriptor = Json(Package("gongkai-site", content.Config.Title + "：全部预算公开数据", years.Min(), years.Max()));
        var entries = new List<(string, Action<Stream>)> { (Descriptor, s => s.Write(descriptor)), (LinesFile, csv.CopyTo) };
        // Written before the lines file is yielded: the staging writer moves a spooled file away.
        var archive = site.Spool.Write(Folder + Archive, s => DeterministicZip.WriteTo(s, entries.Concat(TableEntries(site, disclosures))));
        var sizes = (Csv: csv.Length, Archive: archive.Length);
        yield return csv;
        yield return new OutputFile(Folder + Descriptor, descriptor);
        yield return archive;
        var title = "数据下载";
        var items = new List<DownloadView>
        {
            new(Archive, site.Urls.Base + Folder + Archive, Size(sizes.Archive), "全站数据打包：数据包描述、全部预算行，以及每张表的 CSV 与 JSON"),
            new(Descriptor, site.Urls.Base + Folder + Descriptor, Size(descriptor.Length), "全站财政数据包（Frictionless Fiscal Data Package）描述文件"),
            new(LinesFile, site.Urls.Base + Folder + LinesFile, Size(sizes.Csv), "全站每个公开金额一行（单位、年度、表、栏目、功能分类、经济分类、金额）"),
        };
        var context = site.Context(title, "全站预算数据下载", Folder, new Crumb(title, null)) with { Kind = "data" };
        yield return site.Page(Folder, "data", context, new DataPageView(title, items, site.Urls.Asset("compare.css")));
    }

    /// <summary>
    /// Every table's CSV and JSON for the archive, in order: as its page's job kept them, else the file the build cache
    /// replayed, else made here. Taken as the archive is written, so each table's bytes are let go once compressed.
    /// </summary>
    private static IEnumerable<(string Name, Action<Stream> Write)> TableEntries(PageFactory site, List<Model.Disclosure> disclosures) =>
        disclosures.SelectMany(d => d.Tables.Select(t => Entry(site, site.Data.TableCsv, Urls.TableFile(d, t, "csv"), t))
            .Concat(d.Tables.Select(t => Entry(site, site.Data.TableJson, Urls.TableFile(d, t, "json"), t))));

    private static (string, Action<Stream>) Entry(PageFactory site, SharedBytes<Model.BudgetTable> shared, string name, Model.BudgetTable table) =>
        (name, s => s.Write(shared.Take(table, () => Written(site, name))));

    /// <summary>The bytes of a file an earlier job of this build staged, else replayed from the build cache, else null.</summary>
    private static byte[]? Written(PageFactory site, string path) => site.Spool.Staged(path) ?? site.Replayed(path);

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB";

    private static byte[] Json(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, TableData.JsonOptions);

    private static JsonObject Field(string name, string type, string title, string? description = null)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type, ["title"] = title };
        if (description is not null)
        {
            field["description"] = description;
        }

        return field;
    }

    private static JsonObject Attribute(string source, string? labelFor = null) =>
        labelFor is null ? new JsonObject { ["source"] = source } : new JsonObject { ["source"] = source, ["labelfor"] = labelFor };

    private static JsonObject Dimension(string type, string? classification, JsonObject attributes, string primaryKey)
    {
        var d = new JsonObject { ["dimensionType"] = type, ["attributes"] = attributes, ["primaryKey"] = primaryKey };
        if (classification is not null)
        {
            d["classificationType"] = classification;
        }

        return d;
    }

    public static JsonObject Package(string name, string title, int from, int to) => new()
    {
        ["name"] = name,
        ["title"] = title,
        ["profile"] = "fiscal-data-package",
        ["profiles"] = new JsonObject { ["fiscal"] = "*", ["tabular"] = "*" },
        ["countryCode"] = "CN",
        ["granularity"] = "aggregated",
        ["fiscalPeriod"] = new JsonObject
        {
            ["start"] = $"{from.ToString(CultureInfo.InvariantCulture)}-01-01",
            ["end"] = $"{to.ToString(CultureInfo.InvariantCulture)}-12-31",
        },
        ["resources"] = new JsonArray(new JsonObject
        {
            ["name"] = "budget-lines",
            ["path"] = LinesFile,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject
            {
                ["primaryKey"] = "id",
                ["fields"] = new JsonArray([.. BudgetLines.Fields.Select(f => (JsonNode)Field(f.Name, f.Type, f.Title, f.Description))]),
            },
        }),
        ["model"] = new JsonObject
        {
            ["measures"] = new JsonObject
            {
                ["amount"] = new JsonObject { ["source"] = "amount", ["currency"] = "CNY", ["factor"] = 10000, ["resource"] = "budget-lines", ["phase"] = "proposed" },
            },
            ["dimensions"] = new JsonObject
            {
                ["budget-line"] = Dimension("fact", null, new JsonObject { ["id"] = Attribute("id"), ["table"] = Attribute("table"), ["column"] = Attribute("column") }, "id"),
                ["administrative-classification"] = Dimension("classification", "administrative", new JsonObject { ["id"] = Attribute("unit_id"), ["name"] = Attribute("unit_name", "id") }, "id"),
                ["functional-classification"] = Dimension("classification", "functional", new JsonObject { ["code"] = Attribute("functional_code"), ["label"] = Attribute("functional_name", "code") }, "code"),
                ["economic-classification"] = Dimension("classification", "economic", new JsonObject { ["code"] = Attribute("economic_code"), ["label"] = Attribute("economic_name", "code") }, "code"),
                ["date"] = Dimension("datetime", null, new JsonObject { ["year"] = Attribute("fiscal_year") }, "year"),
                ["location"] = Dimension("location", null, new JsonObject { ["region"] = Attribute("region") }, "region"),
                ["direction"] = Dimension("other", null, new JsonObject { ["direction"] = Attribute("direction") }, "direction"),
                ["activity"] = Dimension("activity", null, new JsonObject { ["project"] = Attribute("project"), ["item"] = Attribute("item") }, "project"),
            },
        },
    };
}
