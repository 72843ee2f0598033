using Xunit.Abstractions;

namespace Gongkai.Tests.Fidelity;

/// <summary>
/// Issue 3: every amount in a content table occurs in the same table of the seed it was transcribed from, and every amount the
/// seed table prints is in the content — 100% per table, except where <see cref="FidelityAllowances"/> explains the difference.
/// </summary>
public sealed class SeedFidelityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Disclosures => LoadedContent.DisclosureIds();

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void Every_content_amount_is_printed_in_the_same_seed_table_and_every_seed_amount_is_in_the_content(string disclosure)
    {
        var result = FidelityCheck.Run(LoadedContent.Find(LoadedContent.Site, disclosure), FidelityAllowances.All);
        output.WriteLine(result.Report());

        Assert.NotEmpty(result.Tables);
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
    }

    [Fact]
    public void Every_allowance_names_a_loaded_table_and_gives_a_reason_that_points_to_a_table_file()
    {
        foreach (var allowance in FidelityAllowances.All)
        {
            var disclosure = LoadedContent.Find(LoadedContent.Site, $"{allowance.Unit}/{allowance.Year}");
            var table = Assert.Single(disclosure.Tables, t => t.Number == allowance.Table);
            Assert.NotEmpty(allowance.Amounts);
            Assert.Contains($"content/units/{allowance.Unit}/{allowance.Year}/tables/{table.Id}.yml", allowance.Reason, StringComparison.Ordinal);
        }
    }
}
