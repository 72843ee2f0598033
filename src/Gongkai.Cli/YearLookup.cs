using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Cli;

/// <summary>Finds a unit's disclosure of one year for new year and diff, or says (GK1008) which units or years exist.</summary>
internal static class YearLookup
{
    public static (Unit Unit, Disclosure Disclosure)? Find(SiteContent content, string unitId, int year, TextWriter stderr)
    {
        if (content.FindUnit(unitId) is not { } unit)
        {
            stderr.WriteLine($"error {DiagnosticCodes.UnknownReference}: 没有单位 “{Printable.Escape(unitId)}”；已有的单位：{string.Join("、", content.Units.Select(u => u.Id).Order(StringComparer.Ordinal))}");
            return null;
        }

        if (unit.Disclosures.FirstOrDefault(d => d.Year == year) is not { } disclosure)
        {
            stderr.WriteLine($"error {DiagnosticCodes.UnknownReference}: 单位 {unit.Id} 没有 {year} 年的公开（或其中有错误，未能读入）；已有的年度：{string.Join("、", unit.Disclosures.Select(d => d.Year).Order())}");
            return null;
        }

        return (unit, disclosure);
    }
}
