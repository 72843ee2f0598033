using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>The Validate stage: runs every rule over the model, then applies maintainers' acknowledgements.</summary>
public static class Validator
{
    public static void Run(SiteContent content, DiagnosticBag diagnostics)
    {
        var tables = new TableRules(new Tolerance(content.Config.Tolerance), diagnostics);
        foreach (var disclosure in content.Disclosures)
        {
            foreach (var table in disclosure.Tables)
            {
                tables.Check(table);
            }

            StructureRules.Check(content, disclosure, diagnostics);
        }

        Acknowledgements.Apply(content, diagnostics);
    }
}
