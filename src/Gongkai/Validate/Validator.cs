using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Validate.Text;

namespace Gongkai.Validate;

/// <summary>The Validate stage: runs every rule over the model, then applies maintainers' acknowledgements.</summary>
public static class Validator
{
    public static void Run(SiteContent content, DiagnosticBag diagnostics) => Run(content, [.. content.Disclosures], diagnostics);

    /// <summary>
    /// Runs the rules over some of the site's disclosures only. Every rule reads one disclosure (and the site's
    /// catalogues and kinds) and reports in that disclosure's folder; the one exception, year-on-year changes
    /// (GK2308), also reads the same unit's year before, which is why the preview re-checks the edited unit whole.
    /// </summary>
    public static void Run(SiteContent content, IReadOnlyList<Disclosure> disclosures, DiagnosticBag diagnostics)
    {
        var tolerance = new Tolerance(content.Config.Tolerance);
        var tables = new TableRules(tolerance, diagnostics);
        var crossTables = new CrossTableRules(tolerance, Misprints(content), diagnostics);
        var catalogue = new CatalogueRules(content, diagnostics);
        var standardNames = StandardNames(content);
        var substituted = new SubstitutedCodeRules(standardNames.Keys.ToHashSet(StringComparer.Ordinal), diagnostics);
        var byYear = content.Disclosures.DistinctBy(d => (d.UnitId, d.Year)).ToDictionary(d => (d.UnitId, d.Year));
        var explanations = new ExplanationRules(content.TextTerms, standardNames, d => byYear.GetValueOrDefault((d.UnitId, d.Year - 1)), diagnostics);
        var projects = new ProjectRules(tolerance, diagnostics);
        var statements = new StatementRules(tolerance, diagnostics);
        foreach (var disclosure in disclosures)
        {
            foreach (var table in disclosure.Tables)
            {
                tables.Check(table);
                catalogue.Check(table, disclosure);
            }

            var substitutions = substituted.Check(disclosure); // before the identities, which compare a substituted code as its twin
            crossTables.Check(content.Identities, disclosure, substitutions);
            explanations.Check(disclosure);
            projects.Check(disclosure);
            statements.Check(disclosure);
            StructureRules.Check(content, disclosure, diagnostics);
        }

        Acknowledgements.Apply(disclosures, diagnostics);
    }

    /// <summary>Registered misprint → the standard code it stands for.</summary>
    private static Dictionary<string, string> Misprints(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.MisprintFor is not null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.MisprintFor!, StringComparer.Ordinal);

    /// <summary>Classification code → standard name, both catalogues (their codes do not overlap), built once.</summary>
    private static Dictionary<string, string> StandardNames(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.Misprint is null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
}
