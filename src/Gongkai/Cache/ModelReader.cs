using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;

namespace Gongkai.Cache;

/// <summary>
/// Reads back what <see cref="ModelWriter"/> wrote, joining tables to the site's current table kinds. Anything that
/// does not fit (a kind, section or column that is no longer there, a string index out of range, a short file)
/// throws <see cref="InvalidDataException"/> or an I/O exception, and the caller loads the unit from its files.
/// </summary>
internal sealed class ModelReader
{
    private readonly BinaryReader _in;
    private readonly IReadOnlyDictionary<string, TableKind> _kinds;
    private readonly string _root;
    private readonly List<string> _strings = [];

    public ModelReader(Stream stream, IReadOnlyDictionary<string, TableKind> kinds, string root)
    {
        _in = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        _kinds = kinds;
        _root = root;
    }

    /// <summary>What <see cref="ModelWriter.Write"/> wrote: the unit, its load diagnostics, and the checks' key and diagnostics when written.</summary>
    public UnitRecord Read()
    {
        var diagnostics = List(Diagnostic);
        Unit? unit = null;
        if (_in.ReadBoolean())
        {
            unit = new Unit(Text(), Text(), Str(), Text(), Str(), Text(), Span())
            {
                Disclosures = List(Disclosure),
                RegionSpan = Span(),
                KindBasis = Str(),
            };
        }

        return _in.ReadBoolean() ? new UnitRecord(unit, diagnostics, Text(), List(Diagnostic)) : new UnitRecord(unit, diagnostics, null, null);
    }

    private Diagnostic Diagnostic() =>
        new((Severity)_in.ReadByte(), Text(), Span(), Text())
        {
            AcknowledgedNote = Str(),
            Fix = Str(),
            Table = Str(),
            Row = List(Text),
            Quote = Str(),
            Figure = Str(),
            AlsoIn = List(Text),
            Column = Str(),
        };

    private Disclosure Disclosure()
    {
        var d = new Disclosure(Text(), _in.ReadInt32(), Text(), Text(), Text(), Str(), Str(), Profile(), Span())
        {
            OperatingFunds = Optional(OperatingFunds),
            Procurement = Optional(Procurement),
            Assets = Optional(Assets),
            Tables = List(Table),
            ExplanationsMarkdown = Text(),
            ExplanationsFile = Str(),
            Targets = List(Target),
            Glossary = List(Term),
            Source = Optional(Source),
            Inferred = List(() => new InferredValue(Text(), Text())),
            Acknowledgements = List(Acknowledgement),
        };

        // As DisclosureFolderLoader decides it: the seed's presence is read from seeds/ now, not remembered.
        return d with { SeedPresent = d.Seed is { } seed && SeedFiles.Exists(_root, seed) };
    }

    private Profile Profile() =>
        new(Str(), List(Text), Text(), Optional(() => new Staffing(Int(), Int(), Int(), Int(), Int(), Int(), Int(), Int())));

    private OperatingFunds OperatingFunds() => new(Text(), _in.ReadDecimal(), Dec(), Dec()) { RateSpan = Span() };

    private Procurement Procurement()
    {
        var p = new Procurement(Dec(), Dec(), Dec(), Dec(), Dec(), Dec(), Span()) { SmallMicroLabel = Text() };
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (key, span) in List(() => (Text(), Span())))
        {
            spans.Add(key, span);
        }

        return p with { FieldSpans = spans };
    }

    private AssetStatement Assets()
    {
        var asOf = Str();
        var items = List(() => new AssetItem(Text(), Dec(), Str(), Dec(), _in.ReadInt32(), Str()) { Span = Span(), ValueLabel = Text() });
        return new AssetStatement(asOf, items, Int(), Int()) { Over50Measure = Text(), Over100Measure = Text() };
    }

    private BudgetTable Table()
    {
        var kindId = Text();
        var kind = _kinds.GetValueOrDefault(kindId) ?? throw new InvalidDataException($"table kind {kindId} is gone");
        var (number, title, note, empty) = (_in.ReadInt32(), Text(), Str(), _in.ReadBoolean());
        var sections = List(() =>
        {
            var id = Text();
            var def = kind.Section(id) ?? throw new InvalidDataException($"section {id} is gone");
            var columns = List(() =>
            {
                var key = Text();
                return def.Columns.FirstOrDefault(c => c.Key == key) ?? throw new InvalidDataException($"column {key} is gone");
            });
            return new TableSection(def, columns, List(Row));
        });
        return new BudgetTable(kind, number, title, note, empty, sections, Text(), Span());
    }

    private TableRow Row()
    {
        var (code, name, project, level, isTotal) = (Str(), Text(), Str(), _in.ReadInt32(), _in.ReadBoolean());
        var count = Count();
        var cells = new Dictionary<string, Cell>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            cells.Add(Text(), new Cell(_in.ReadDecimal(), Span()));
        }

        return new TableRow(code, name, project, level, isTotal, cells, Str(), Span()) { IsSubtotal = _in.ReadBoolean() };
    }

    private PerformanceTarget Target() =>
        new(Text(), Text(), Int(), Str(), Str(), Str(), Str(), Dec(), List(() => new FundItem(Text(), Dec())), Str(),
            List(() => new Indicator(Text(), Text(), Text(), Text(), Str(), Str(), Str(), Str(), Str())), Span());

    private GlossaryTerm Term() => new(Text(), Text(), Text(), List(Text), Span());

    private DisclosureSource Source() => new(Str(), Str(), Str(), Str(), Str());

    private Acknowledgement Acknowledgement() => new(Text(), Str(), Str(), Str(), Text(), Span()) { Quote = Str() };

    private SourceSpan Span()
    {
        var file = Str();
        var (line, column) = (_in.ReadInt32(), _in.ReadInt32());
        if (line == 0 && column == 0)
        {
            return new SourceSpan(file!, default);
        }

        return new SourceSpan(file ?? throw new InvalidDataException("span without a file"), new SourceMark(line, column));
    }

    private string Text() => Str() ?? throw new InvalidDataException("a required string is missing");

    private string? Str()
    {
        var index = _in.ReadInt32();
        if (index == -1)
        {
            return null;
        }

        if (index >= 0 && index < _strings.Count)
        {
            return _strings[index];
        }

        if (index != _strings.Count)
        {
            throw new InvalidDataException($"string {index} out of range");
        }

        var value = _in.ReadString();
        _strings.Add(value);
        return value;
    }

    private int? Int()
    {
        var has = _in.ReadBoolean();
        var value = _in.ReadInt32();
        return has ? value : null;
    }

    private decimal? Dec()
    {
        var has = _in.ReadBoolean();
        var value = _in.ReadDecimal();
        return has ? value : null;
    }

    private T? Optional<T>(Func<T> read)
        where T : class => _in.ReadBoolean() ? read() : null;

    private int Count()
    {
        var count = _in.ReadInt32();

        // A list longer than the bytes left is corrupt; refusing it keeps a damaged file from allocating gigabytes.
        return count >= 0 && count <= _in.BaseStream.Length - _in.BaseStream.Position ? count : throw new InvalidDataException($"list of {count}");
    }

    private T[] List<T>(Func<T> read)
    {
        var items = new T[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
