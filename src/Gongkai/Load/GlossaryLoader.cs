using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads a glossary file (site-wide or a unit-year's additions).</summary>
internal static class GlossaryLoader
{
    public static List<GlossaryTerm> Load(string fullPath, string file, DiagnosticBag diagnostics)
    {
        var r = MappingReader.From(YamlFile.Parse(fullPath, file, diagnostics), file, diagnostics, "名词解释文件");
        if (r is null)
        {
            return [];
        }

        var terms = ListReader.Read(r.Sequence("terms", required: true), file, diagnostics, "名词", t =>
        {
            var id = t.String("id", required: true, what: Schema.FieldText.TermId);
            var term = t.String("term", required: true, what: Schema.FieldText.Term);
            var definition = t.String("definition", required: true, what: Schema.FieldText.TermDefinition);
            var aliases = t.Strings("aliases");
            t.ReportUnknown("名词");
            if (id is null || term is null || definition is null || !Ids.Check(id, t.SpanOfValue("id"), t.Diagnostics, "名词 id"))
            {
                return null;
            }

            return new GlossaryTerm(id, term, definition, aliases, t.Span);
        });
        r.ReportUnknown("名词解释文件");
        foreach (var group in terms.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, group.Skip(1).First().Span, $"名词 id “{group.Key}” 重复；请改用不同的 id");
        }

        return terms;
    }
}
