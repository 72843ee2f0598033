using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Validate.Text;

namespace Gongkai.Validate;

/// <summary>The Validate stage: runs every rule over the model, then applies maintainers' acknowledgements.</summary>
public static class Validator
{
    public static void Run(SiteContent content, DiagnosticBag diagnostics)
    {
        var tolerance = new Tolerance(content.Config.Tolerance);
        var tables = new TableRules(tolerance, diagnostics);
        var crossTables = new CrossTableRules(tolerance, Misprints(content), diagnostics);
        var catalogue = new CatalogueRules(content, diagnostics);
        var explanations = new ExplanationRules(content.TextTerms, StandardNames(content), diagnostics);
        var projects = new ProjectRules(tolerance, diagnostics);
        var statements = new StatementRules(tolerance, diagnostics);
        foreach (var disclosure in content.Disclosures)
        {
            foreach (var table in disclosure.Tables)
            {
                tables.Check(table);
                catalogue.Check(table);
            }

            crossTables.Check(content.Identities, disclosure);
            explanations.Check(disclosure);
            projects.Check(disclosure);
            statements.Check(disclosure);
            StructureRules.Check(content, disclosure, diagnostics);
        }

        Acknowledgements.Apply(content, diagnostics);
    }

    /// <summary>Registered misprint → the standard code it stands for.</summary>
    private static Dictionary<string, string> Misprints(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.MisprintFor is not null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.MisprintFor!, StringComparer.Ordinal);

    /// <summary>Classification code → standard name, both catalogues (their codes do not overlap), built once.</summary>
    private static Dictionary<string, string> StandardNames(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.Misprint is null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
}
