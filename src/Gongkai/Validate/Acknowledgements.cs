using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>Matches findings.yml entries to diagnostics; a matched error stops blocking and carries the note.</summary>
internal static class Acknowledgements
{
    public static void Apply(IEnumerable<Disclosure> disclosures, DiagnosticBag diagnostics)
    {
        var all = new DiagnosticIndex(diagnostics.Sorted());
        var used = new HashSet<Acknowledgement>();
        var notes = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        foreach (var disclosure in disclosures)
        {
            foreach (var ack in disclosure.Acknowledgements)
            {
                foreach (var d in all.Under(disclosure.Folder).Where(d => Matches(ack, disclosure, d)))
                {
                    notes.TryAdd(d, ack.Note);
                    used.Add(ack);
                }
            }

            foreach (var ack in disclosure.Acknowledgements.Where(a => !used.Contains(a)))
            {
                diagnostics.Warning(DiagnosticCodes.UnmatchedAcknowledgement, ack.Span,
                    $"这条确认（{ack.Rule}{(ack.Table is null ? "" : $"，表 {ack.Table}")}{(ack.Row is null ? "" : $"，行 {ack.Row}")}{(ack.Quote is null ? "" : $"，原文 “{ack.Quote}”")}）没有对应任何校验结果；问题可能已改正，请删除这条确认");
            }
        }

        diagnostics.Update(d => notes.TryGetValue(d, out var note) ? d with { AcknowledgedNote = note } : d);
    }

    private static bool Matches(Acknowledgement ack, Disclosure disclosure, Diagnostic d) =>
        d.Code == ack.Rule
        && d.Span.File.StartsWith(disclosure.Folder + "/", StringComparison.Ordinal)
        && (ack.Table is null || d.Table == ack.Table)
        && (ack.Row is null || d.Row.Any(r => Labels.Squeeze(r) == Labels.Squeeze(ack.Row)))
        && (ack.Column is null || d.Column == ack.Column)
        && (d.Figure is null || Labels.Squeeze(ack.Note).Contains(d.Figure, StringComparison.Ordinal))
        && (ack.Quote is null || d.Quote is not null && Labels.Squeeze(d.Quote).EndsWith(Labels.Squeeze(ack.Quote).TrimStart('…'), StringComparison.Ordinal));
}
