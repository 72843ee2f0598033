using System.Collections;
using System.Reflection;
using Gongkai.Cache;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Cache;

/// <summary>
/// Issue 14: a unit read back from the model cache is the unit its files load to, property by property, so a
/// field added to the model and forgotten by <see cref="ModelWriter"/> or <see cref="ModelReader"/> fails here.
/// </summary>
public sealed class ModelCodecTests
{
    private static readonly Lazy<SiteContent> Content = new(() => ContentLoader.Load(Repo.Root, new DiagnosticBag()));

    public static TheoryData<string> Units() => [.. Content.Value.Units.Select(u => u.Id)];

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_public_property_of_a_real_unit_survives_the_round_trip(string unitId)
    {
        var unit = Content.Value.Units.Single(u => u.Id == unitId);
        var diagnostics = new DiagnosticBag();
        diagnostics.Warning(DiagnosticCodes.LineEndings, new SourceSpan($"content/units/{unitId}/unit.yml", new SourceMark(3, 5)), "一条诊断");
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownKey, SourceSpan.WholeFile("x.yml"), "另一条") { Fix = "改", Row = ["a", "b"], AlsoIn = ["y.yml"], Table = "t", Column = "c", Quote = "q", Figure = "f", AcknowledgedNote = "n" });

        var (back, backDiagnostics) = RoundTrip(unit, diagnostics.Sorted());

        var differences = new List<string>();
        Compare(unit, back, unitId, differences, depth: 0);
        Compare(diagnostics.Sorted(), backDiagnostics, "diagnostics", differences, depth: 0);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));

        // Tables are joined to the site's own kinds, not copies of them.
        Assert.All(back!.Disclosures.SelectMany(d => d.Tables), t => Assert.Same(Content.Value.Kinds.Single(k => k.Id == t.Kind.Id), t.Kind));
    }

    [Fact]
    public void The_comparison_sees_a_changed_amount()
    {
        // The comparison itself must be able to fail: one cell changed by one 分 is a difference.
        var unit = Content.Value.Units[0];
        var (back, _) = RoundTrip(unit, []);
        var table = back!.Disclosures[0].Tables[0];
        var row = table.Sections[0].Rows.First(r => r.Cells.Count > 0);
        var (key, cell) = row.Cells.First();
        var cells = new Dictionary<string, Cell>(row.Cells) { [key] = cell with { Value = cell.Value + 0.01m } };
        var changedRows = table.Sections[0].Rows.Select(r => ReferenceEquals(r, row) ? r with { Cells = cells } : r).ToList();
        var changed = back with
        {
            Disclosures = [back.Disclosures[0] with { Tables = [table with { Sections = [table.Sections[0] with { Rows = changedRows }, .. table.Sections.Skip(1)] }, .. back.Disclosures[0].Tables.Skip(1)] }, .. back.Disclosures.Skip(1)],
        };

        var differences = new List<string>();
        Compare(unit, changed, unit.Id, differences, depth: 0);
        Assert.Contains(differences, d => d.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_whose_kind_is_gone_is_refused_not_guessed()
    {
        var unit = Content.Value.Units.First(u => u.Disclosures.Any(d => d.Tables.Count > 0));
        using var stream = new MemoryStream();
        new ModelWriter(stream).Write(unit, []);
        stream.Position = 0;
        var kinds = Content.Value.Kinds.Skip(1).ToDictionary(k => k.Id, StringComparer.Ordinal);

        Assert.Throws<InvalidDataException>(() => new ModelReader(stream, kinds, Repo.Root).Read());
    }

    /// <summary>Writes the unit with <paramref name="diagnostics"/> as its load diagnostics and, reversed, as its checks' findings.</summary>
    private static (Unit? Unit, IReadOnlyList<Diagnostic> Diagnostics) RoundTrip(Unit unit, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        new ModelWriter(stream).Write(unit, diagnostics, "checks-key", [.. diagnostics.Reverse()]);
        stream.Position = 0;
        var read = new ModelReader(stream, Content.Value.Kinds.ToDictionary(k => k.Id, StringComparer.Ordinal), Repo.Root).Read();
        Assert.Equal(stream.Length, stream.Position);
        Assert.Equal("checks-key", read.ChecksKey);
        var differences = new List<string>();
        Compare(diagnostics.Reverse().ToList(), read.Checks, "checks", differences, depth: 0);
        Assert.Empty(differences);
        return (read.Unit, read.Load);
    }

    /// <summary>Compares two model values by their public properties, recursively; lists and dictionaries item by item, in order.</summary>
    private static void Compare(object? expected, object? actual, string path, List<string> differences, int depth)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {expected ?? "null"} ≠ {actual ?? "null"}");
            }

            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or SourceMark)
        {
            // decimal: the scale is part of the published figure (12.50 is not 12.5).
            if (!Equals(expected, actual) || (expected is decimal a && a.Scale != ((decimal)actual).Scale))
            {
                differences.Add($"{path}: {expected} ≠ {actual}");
            }

            return;
        }

        if (depth > 24)
        {
            return;
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            Compare(expectedMap.Keys.Cast<object>().ToList(), actualMap.Keys.Cast<object>().ToList(), $"{path}.Keys", differences, depth + 1);
            foreach (var key in expectedMap.Keys)
            {
                Compare(expectedMap[key], actualMap.Contains(key) ? actualMap[key] : null, $"{path}[{key}]", differences, depth + 1);
            }

            return;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var (left, right) = (expectedItems.Cast<object?>().ToList(), actualItems.Cast<object?>().ToList());
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items ≠ {right.Count}");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", differences, depth + 1);
            }

            return;
        }

        // A table kind is the site's, shared: its identity is its id (asserted to be the same object above).
        if (expected is TableKind kind)
        {
            Compare(kind.Id, ((TableKind)actual).Id, $"{path}.Id", differences, depth + 1);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences, depth + 1);
        }
    }
}
