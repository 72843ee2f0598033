using System.Globalization;
using Xunit.Abstractions;

namespace Gongkai.Tests.Fidelity;

/// <summary>
/// The fidelity check must fail when a single digit of one content amount changes: proved on a copy of the content, where the
/// amount is picked programmatically and its last digit replaced, then the content is reloaded and checked again.
/// </summary>
public sealed class FidelityMutationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Disclosures => LoadedContent.DisclosureIds();

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void Changing_the_last_digit_of_the_first_amount_of_table_3_is_reported_as_missing_from_the_seed(string disclosure)
    {
        var before = FidelityCheck.Run(LoadedContent.Find(LoadedContent.Site, disclosure), FidelityAllowances.All);
        Assert.Empty(before.Problems);
        var table3 = before.Table(3) ?? throw new InvalidOperationException($"{disclosure} 没有表3");
        var first = table3.Content[0];

        // A digit that makes a value table 3 of the seed does not print, so the change cannot hide behind another cell.
        var changed = ChangeLastDigit(first.Value, v => !table3.Seed.Amounts.Contains(v))
            ?? throw new InvalidOperationException($"{first} 的末位无论改成什么都仍是原表中的数");
        var after = RunOnCopy(disclosure, first, changed);

        var result = after.Table(3)!;
        var absent = Assert.Single(result.Absent);
        Assert.Equal(changed, absent.Value);
        Assert.Equal(first.Span, absent.Span);
        Assert.Contains(first.Value, result.Uncovered);
        Assert.True(result.Share < 1m);
        Assert.Contains(after.Problems, p => p.StartsWith("表3 ", StringComparison.Ordinal) && p.Contains(ContentAmount.Format(changed), StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_digit_that_lands_on_another_amount_of_the_same_seed_table_is_still_caught()
    {
        // Find, in a table that matches its seed exactly, an amount whose last digit can change into another amount printed
        // in the same seed table (e.g. 3.46 → 3.47): a check that only asked "is this value in the seed table?" would pass it.
        var candidate = (
            from d in LoadedContent.Site.Disclosures.OrderBy(d => d.UnitId, StringComparer.Ordinal)
            from t in FidelityCheck.Run(d, FidelityAllowances.All).Tables
            where t.Absent.Count == 0 && t.Surplus.Count == 0 && t.Uncovered.Count == 0
            from a in t.Content
            let changed = ChangeLastDigit(a.Value, v => v != a.Value && t.Seed.Amounts.Contains(v))
            where changed is not null
            select (Id: $"{d.UnitId}/{d.Year}", Table: t.Table.Number, Amount: a, Changed: changed.Value)).First();

        var after = RunOnCopy(candidate.Id, candidate.Amount, candidate.Changed);

        var result = after.Table(candidate.Table)!;
        Assert.Empty(result.Absent);
        Assert.Equal([candidate.Changed], result.Surplus);
        Assert.Equal([candidate.Amount.Value], result.Uncovered);
        Assert.Contains(after.Problems, p => p.StartsWith($"表{candidate.Table} ", StringComparison.Ordinal));
    }

    /// <summary>The value with its last digit replaced by the first other digit (counting up) that <paramref name="accept"/> takes.</summary>
    private static decimal? ChangeLastDigit(decimal value, Func<decimal, bool> accept)
    {
        var text = ContentAmount.Format(value);
        var last = text[^1] - '0';
        for (var step = 1; step < 10; step++)
        {
            var candidate = decimal.Parse(text[..^1] + (char)('0' + ((last + step) % 10)), CultureInfo.InvariantCulture);
            if (accept(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Writes <paramref name="changed"/> over <paramref name="amount"/> in a copy of the content, reloads it and runs the check.</summary>
    private DisclosureFidelity RunOnCopy(string disclosure, ContentAmount amount, decimal changed)
    {
        using var copy = new ContentCopy(disclosure.Split('/')[0]);
        var file = copy.Path(amount.Span.File);
        var lines = File.ReadAllText(file).Split('\n');
        var line = lines[amount.Span.Start.Line - 1];
        var at = amount.Span.Start.Column - 1;
        var old = ContentAmount.Format(amount.Value);
        Assert.True(string.CompareOrdinal(line, at, old, 0, old.Length) == 0, $"{amount.Span} 处不是 {old}：{line}");
        lines[amount.Span.Start.Line - 1] = string.Concat(line.AsSpan(0, at), ContentAmount.Format(changed), line.AsSpan(at + old.Length));
        File.WriteAllText(file, string.Join('\n', lines));
        output.WriteLine($"{amount.Span}: {old} → {ContentAmount.Format(changed)}（{amount.Row} / {amount.Column}）");

        var (site, _) = LoadedContent.Load(copy.Root);
        var after = FidelityCheck.Run(LoadedContent.Find(site, disclosure), FidelityAllowances.All);
        output.WriteLine(after.Report());
        return after;
    }
}
