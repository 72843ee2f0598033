using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Diagnostics;

public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_documents_every_diagnostic_code_with_an_example()
    {
        var readme = File.ReadAllLines(Repo.Path("README.md"));
        foreach (var (code, _, _) in DiagnosticCodes.All)
        {
            var row = readme.FirstOrDefault(l => l.StartsWith($"| {code} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"README has no table row for {code}");
            Assert.Contains($"{code}:", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^GK[0-9]{4}$", c));
    }
}
