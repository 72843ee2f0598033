using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads &lt;year&gt;/findings.yml: maintainers' acknowledgements of the published document's own mistakes.</summary>
internal static class FindingsLoader
{
    public static List<Acknowledgement> Load(string fullPath, string file, DiagnosticBag diagnostics)
    {
        var r = MappingReader.From(YamlFile.Parse(fullPath, file, diagnostics), file, diagnostics, "findings.yml ");
        if (r is null)
        {
            return [];
        }

        var list = ListReader.Read(r.Sequence("acknowledged", required: true), file, diagnostics, "确认说明", a =>
        {
            var rule = a.String("rule", required: true, what: Schema.FieldText.FindingRule);
            var table = a.String("table");
            var row = a.String("row");
            var column = a.String("column");
            var quote = a.String("quote");
            var note = a.String("note", required: true, what: Schema.FieldText.FindingNote);
            a.ReportUnknown("确认说明");
            return rule is null || note is null ? null : new Acknowledgement(rule, table, row, column, note, a.Span) { Quote = quote };
        });
        r.ReportUnknown("findings.yml ");
        return list;
    }
}
