using Gongkai.Diagnostics;
using Gongkai.Render;

namespace Gongkai.Tests.Render;

public sealed class FindingHeadingsTests
{
    public static TheoryData<string> ContentFindingCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Codes())
        {
            data.Add(code);
        }

        return data;
    }

    private static IEnumerable<string> Codes()
    {
        // Findings about the published figures (GK21xx–GK31xx) are what citizens read on the pages; usage, loading
        // and template codes (GK0xxx, GK1xxx) never reach a page, and an acknowledgement that matches nothing is the maintainers'.
        return DiagnosticCodes.All.Select(c => c.Code).Where(c => string.CompareOrdinal(c, "GK2100") > 0 && c != DiagnosticCodes.UnmatchedAcknowledgement);
    }

    [Theory]
    [MemberData(nameof(ContentFindingCodes))]
    public void Every_kind_of_finding_shown_to_citizens_has_a_plain_heading_of_its_own(string code)
    {
        var heading = FindingHeadings.For(code);
        Assert.NotEqual(FindingHeadings.Fallback, heading);
        Assert.DoesNotContain("GK", heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_are_distinct_so_two_kinds_never_read_alike()
    {
        var headings = Codes().Select(FindingHeadings.For).ToList();
        Assert.Equal(headings.Count, headings.Distinct(StringComparer.Ordinal).Count());
    }
}
