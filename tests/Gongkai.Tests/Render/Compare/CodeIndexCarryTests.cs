using Gongkai.Model;
using Gongkai.Render.Compare;

namespace Gongkai.Tests.Render.Compare;

/// <summary>
/// The preview carries the site's code index over when one unit changes; the carried index must list exactly
/// the lines, in the same order, that an index built afresh from every unit lists.
/// </summary>
public sealed class CodeIndexCarryTests
{
    public static TheoryData<string> Units => [.. RealSite.Content.Units.Select(u => u.Id)];

    [Theory]
    [MemberData(nameof(Units))]
    public void A_unit_taken_out_and_put_back_gives_the_index_a_fresh_build_gives(string unit)
    {
        var full = RealSite.Content.WithUnits([.. RealSite.Content.Units]);
        var without = full.WithUnits([.. full.Units.Where(u => u.Id != unit)]);
        var changed = new HashSet<string>(StringComparer.Ordinal) { unit };
        _ = CodeIndex.For(full);

        CodeIndex.Carry(full, without, changed);
        Assert.Equal(Describe(CodeIndex.For(without.WithUnits([.. without.Units]))), Describe(CodeIndex.For(without)));

        // Put back in the middle of the content order: its lines return to their places, not to the end.
        var again = without.WithUnits([.. RealSite.Content.Units]);
        CodeIndex.Carry(without, again, changed);
        var fresh = Describe(CodeIndex.For(again.WithUnits([.. again.Units])));
        Assert.Equal(fresh, Describe(CodeIndex.For(again)));
        Assert.Contains(fresh, line => line.Contains($" {unit} ", StringComparison.Ordinal));
    }

    private static List<string> Describe(CodeIndex index) =>
        [.. new[] { Hierarchy.Functional, Hierarchy.Economic }.SelectMany(h => index.Used(h).SelectMany(c =>
            index.Lines(h, c.Code).Select(l => $"{h} {c.Code} {l.Unit.Id} {l.Disclosure.Year} {l.Table.Id} {l.Anchor}")
                .Concat(index.Children(h, c.Code).Select(child => $"{h} {c.Code} child {child.Code}"))))];
}
