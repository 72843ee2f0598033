using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Cache;

/// <summary>
/// Writes one unit's loaded model and its load diagnostics in the binary form <see cref="ModelReader"/> reads back.
/// Hand-written rather than System.Text.Json: the model points into the site's table kinds (a table's kind, a
/// section's definition and columns), which are written as ids and joined again on reading, and every string is
/// written once per unit so the model read back shares strings as the loaded one does (a span's file name is
/// repeated on every cell). Every field is written, in declaration order; <c>ModelCodecTests</c> compares every
/// public property of the real units after a round trip, so a field added to the model and not here fails there.
/// </summary>
internal sealed class ModelWriter
{
    /// <summary>Throws on a lone surrogate, which UTF-8 cannot carry: such a unit is loaded from its files every time.</summary>
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly BinaryWriter _out;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    public ModelWriter(Stream stream) => _out = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);

    /// <summary>
    /// Writes the unit (null when its folder did not load), its load diagnostics and, when known, the diagnostics of
    /// the checks of its disclosures with the key of the site files those checks read (<paramref name="checksKey"/>).
    /// </summary>
    public void Write(Unit? unit, IReadOnlyList<Diagnostic> diagnostics, string? checksKey = null, IReadOnlyList<Diagnostic>? checks = null)
    {
        List(diagnostics, Diagnostic);
        _out.Write(unit is not null);
        if (unit is not null)
        {
            Str(unit.Id);
            Str(unit.Name);
            Str(unit.ShortName);
            Str(unit.RegionId);
            Str(unit.ParentId);
            Str(unit.Kind);
            Span(unit.Span);
            List(unit.Disclosures, Disclosure);
            Span(unit.RegionSpan);
            Str(unit.KindBasis);
        }

        _out.Write(checksKey is not null && checks is not null);
        if (checksKey is not null && checks is not null)
        {
            Str(checksKey);
            List(checks, Diagnostic);
        }

        _out.Flush();
    }

    private void Diagnostic(Diagnostic d)
    {
        _out.Write((byte)d.Severity);
        Str(d.Code);
        Span(d.Span);
        Str(d.Message);
        Str(d.AcknowledgedNote);
        Str(d.Fix);
        Str(d.Table);
        List(d.Row, Str);
        Str(d.Quote);
        Str(d.Figure);
        List(d.AlsoIn, Str);
        Str(d.Column);
    }

    private void Disclosure(Disclosure d)
    {
        Str(d.UnitId);
        _out.Write(d.Year);
        Str(d.Title);
        Str(d.Scope);
        Str(d.Publisher);
        Str(d.Published);
        Str(d.Seed);
        Profile(d.Profile);
        Span(d.Span);
        Optional(d.OperatingFunds, OperatingFunds);
        Optional(d.Procurement, Procurement);
        Optional(d.Assets, Assets);
        List(d.Tables, Table);
        Str(d.ExplanationsMarkdown);
        Str(d.ExplanationsFile);
        List(d.Targets, Target);
        List(d.Glossary, Term);

        // SeedPresent is not written: it depends on seeds/, not on the unit's files, and is looked up on reading.
        Optional(d.Source, Source);
        List(d.Inferred, v =>
        {
            Str(v.What);
            Str(v.Reason);
        });
        List(d.Acknowledgements, Acknowledgement);
    }

    private void Profile(Profile p)
    {
        Str(p.FunctionsIntro);
        List(p.Functions, Str);
        Str(p.Organisation);
        Optional(p.Staffing, s =>
        {
            Int(s.Authorised);
            Int(s.Actual);
            Int(s.InService);
            Int(s.InServiceChange);
            Int(s.Retired);
            Int(s.RetiredChange);
            Int(s.HonoraryRetired);
            Int(s.HonoraryRetiredChange);
        });
    }

    private void OperatingFunds(OperatingFunds f)
    {
        Str(f.Label);
        _out.Write(f.Amount);
        Dec(f.Change);
        Dec(f.ChangeRate);
        Span(f.RateSpan);
    }

    private void Procurement(Procurement p)
    {
        Dec(p.Total);
        Dec(p.Goods);
        Dec(p.Works);
        Dec(p.Services);
        Dec(p.SmeReserved);
        Dec(p.SmallMicroReserved);
        Span(p.Span);
        Str(p.SmallMicroLabel);
        List([.. p.FieldSpans], kv =>
        {
            Str(kv.Key);
            Span(kv.Value);
        });
    }

    private void Assets(AssetStatement a)
    {
        Str(a.AsOf);
        List(a.Items, i =>
        {
            Str(i.Name);
            Dec(i.Quantity);
            Str(i.QuantityUnit);
            Dec(i.Value);
            _out.Write(i.Level);
            Str(i.Note);
            Span(i.Span);
            Str(i.ValueLabel);
        });
        Int(a.Over50);
        Int(a.Over100);
        Str(a.Over50Measure);
        Str(a.Over100Measure);
    }

    private void Table(BudgetTable t)
    {
        Str(t.Kind.Id);
        _out.Write(t.Number);
        Str(t.Title);
        Str(t.Note);
        _out.Write(t.Empty);
        List(t.Sections, s =>
        {
            Str(s.Definition.Id);
            List(s.Columns, c => Str(c.Key));
            List(s.Rows, Row);
        });
        Str(t.File);
        Span(t.Span);
    }

    private void Row(TableRow r)
    {
        Str(r.Code);
        Str(r.Name);
        Str(r.Project);
        _out.Write(r.Level);
        _out.Write(r.IsTotal);
        List([.. r.Cells], kv =>
        {
            Str(kv.Key);
            _out.Write(kv.Value.Value);
            Span(kv.Value.Span);
        });
        Str(r.Note);
        Span(r.Span);
        _out.Write(r.IsSubtotal);
    }

    private void Target(PerformanceTarget t)
    {
        Str(t.Kind);
        Str(t.Title);
        Int(t.Year);
        Str(t.UnitName);
        Str(t.Project);
        Str(t.Owner);
        Str(t.Phone);
        Dec(t.FundsTotal);
        List(t.Funds, f =>
        {
            Str(f.Label);
            Dec(f.Amount);
        });
        Str(t.Goal);
        List(t.Indicators, i =>
        {
            Str(i.Level1);
            Str(i.Level2);
            Str(i.Name);
            Str(i.Value);
            Str(i.Basis);
            Str(i.LastYear);
            Str(i.Weight);
            Str(i.Scoring);
            Str(i.Evidence);
        });
        Span(t.Span);
    }

    private void Term(GlossaryTerm g)
    {
        Str(g.Id);
        Str(g.Term);
        Str(g.Definition);
        List(g.Aliases, Str);
        Span(g.Span);
    }

    private void Source(DisclosureSource s)
    {
        Str(s.Title);
        Str(s.Date);
        Str(s.Issuer);
        Str(s.Url);
        Str(s.Note);
    }

    private void Acknowledgement(Acknowledgement a)
    {
        Str(a.Rule);
        Str(a.Table);
        Str(a.Row);
        Str(a.Column);
        Str(a.Note);
        Span(a.Span);
        Str(a.Quote);
    }

    /// <summary>A span as file, line, column; <c>default</c> (no span, line 0) is kept as such.</summary>
    private void Span(SourceSpan span)
    {
        Str(span.File);
        _out.Write(span.Start.Line);
        _out.Write(span.Start.Column);
    }

    /// <summary>-1 for null, the index of a string already written, or the next index followed by the string.</summary>
    private void Str(string? value)
    {
        if (value is null)
        {
            _out.Write(-1);
        }
        else if (_strings.TryGetValue(value, out var index))
        {
            _out.Write(index);
        }
        else
        {
            StrictUtf8.GetByteCount(value);
            _out.Write(_strings.Count);
            _strings.Add(value, _strings.Count);
            _out.Write(value);
        }
    }

    private void Int(int? value)
    {
        _out.Write(value.HasValue);
        _out.Write(value.GetValueOrDefault());
    }

    private void Dec(decimal? value)
    {
        _out.Write(value.HasValue);
        _out.Write(value.GetValueOrDefault());
    }

    private void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        _out.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void List<T>(IReadOnlyList<T> items, Action<T> write)
    {
        _out.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }
}
