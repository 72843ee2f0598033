using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>The Validate stage: runs every rule over the model, then applies maintainers' acknowledgements.</summary>
public static class Validator
{
    public static void Run(SiteContent content, DiagnosticBag diagnostics)
    {
        var tolerance = new Tolerance(content.Config.Tolerance);
        var tables = new TableRules(tolerance, diagnostics);
        var crossTables = new CrossTableRules(tolerance, diagnostics);
        foreach (var disclosure in content.Disclosures)
        {
            foreach (var table in disclosure.Tables)
            {
                tables.Check(table);
            }

            crossTables.Check(content.Identities, disclosure);
            StructureRules.Check(content, disclosure, diagnostics);
        }

        Acknowledgements.Apply(content, diagnostics);
    }
}
