using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads units/&lt;id&gt;/unit.yml and every year folder beside it.</summary>
internal static class UnitLoader
{
    public static Unit? Load(string root, string unitDir, IReadOnlyDictionary<string, TableKind> kinds, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileName(unitDir);
        var folder = $"content/units/{id}";
        if (!Ids.Check(id, SourceSpan.WholeFile(folder), diagnostics, "单位目录名"))
        {
            return null;
        }

        var file = $"{folder}/unit.yml";
        var full = Path.Combine(root, file);
        if (!RepoFiles.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(folder), $"单位目录 {folder} 缺少 unit.yml；请创建（name、region、kind）");
            return null;
        }

        var r = MappingReader.From(YamlFile.Parse(full, file, diagnostics), file, diagnostics, "unit.yml ");
        if (r is null)
        {
            return null;
        }

        var name = r.String("name", required: true, what: Schema.FieldText.UnitName);
        var shortName = r.String("short_name");
        var region = r.String("region", required: true, what: Schema.FieldText.UnitRegion);
        var parent = r.String("parent");
        var kind = r.String("kind", required: true, what: Schema.FieldText.UnitKind);
        var kindBasis = r.String("kind_basis");
        r.ReportUnknown("unit.yml ");
        if (parent is not null && !Ids.Check(parent, r.SpanOfValue("parent"), diagnostics, "上级单位 id"))
        {
            parent = null;
        }

        if (name is null || region is null || kind is null)
        {
            return null;
        }

        var disclosures = new List<Disclosure>();
        foreach (var yearName in RepoFiles.Entries(unitDir, folder, EntryKind.Directory, diagnostics))
        {
            if (yearName.Length != 4 || !yearName.All(char.IsAsciiDigit))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId, SourceSpan.WholeFile($"{folder}/{yearName}"), $"年度目录名 “{MappingReader.Shorten(yearName)}” 应为四位年份，如 2026");
                continue;
            }

            if (DisclosureFolderLoader.Load(root, id, int.Parse(yearName, System.Globalization.CultureInfo.InvariantCulture), kinds, diagnostics) is { } disclosure)
            {
                disclosures.Add(disclosure);
            }
        }

        return new Unit(id, name, shortName, region, parent, kind, r.Span) { Disclosures = disclosures, RegionSpan = r.SpanOfValue("region"), KindBasis = kindBasis };
    }
}
