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
    public static void Run(SiteContent content, IReadOnlyList<Disclosure> disclosures, DiagnosticBag diagnostics) => Run(content, disclosures, diagnostics, null);

    /// <summary>
    /// As <see cref="Run(SiteContent, IReadOnlyList{Disclosure}, DiagnosticBag)"/>; a unit whose findings
    /// <paramref name="cache"/> kept (its files and the site files the rules read unchanged) is not checked again.
    /// </summary>
    internal static void Run(SiteContent content, IReadOnlyList<Disclosure> disclosures, DiagnosticBag diagnostics, ICheckCache? cache)
    {
        var tolerance = new Tolerance(content.Config.Tolerance);
        var misprints = Misprints(content);
        var standardNames = StandardNames(content);
        var standardCodes = standardNames.Keys.ToHashSet(StringComparer.Ordinal);
        var byYear = content.Disclosures.DistinctBy(d => (d.UnitId, d.Year)).ToDictionary(d => (d.UnitId, d.Year));
        var rules = new Rules(content, tolerance, misprints, standardNames, standardCodes, byYear, diagnostics);
        if (cache is null)
        {
            foreach (var disclosure in disclosures)
            {
                rules.Check(disclosure);
            }
        }
        else
        {
            foreach (var unit in disclosures.GroupBy(d => d.UnitId, StringComparer.Ordinal))
            {
                if (cache.Checked(unit.Key) is { } kept)
                {
                    diagnostics.AddRange(kept);
                    continue;
                }

                // Checked into a bag of the unit's own, to be kept and added in the same order (the unit's files get
                // diagnostics from nothing else meanwhile, so the per-file limit keeps what it would have kept). When
                // that bag already dropped some, its count would be missing from the limit's summary: such a unit is
                // checked again into the build's bag.
                var own = new DiagnosticBag();
                var unitRules = new Rules(content, tolerance, misprints, standardNames, standardCodes, byYear, own);
                foreach (var disclosure in unit)
                {
                    unitRules.Check(disclosure);
                }

                var found = own.Items();
                if (own.Dropped)
                {
                    foreach (var disclosure in unit)
                    {
                        rules.Check(disclosure);
                    }

                    continue;
                }

                diagnostics.AddRange(found);
                cache.Store(unit.Key, found);
            }
        }

        Acknowledgements.Apply(disclosures, diagnostics);
    }

    /// <summary>Every rule, reporting into one bag; they keep no state between disclosures.</summary>
    private sealed class Rules(
        SiteContent content,
        Tolerance tolerance,
        Dictionary<string, string> misprints,
        Dictionary<string, string> standardNames,
        HashSet<string> standardCodes,
        Dictionary<(string UnitId, int Year), Disclosure> byYear,
        DiagnosticBag diagnostics)
    {
        private readonly TableRules _tables = new(tolerance, diagnostics);
        private readonly CrossTableRules _crossTables = new(tolerance, misprints, diagnostics);
        private readonly CatalogueRules _catalogue = new(content, diagnostics);
        private readonly SubstitutedCodeRules _substituted = new(standardCodes, diagnostics);
        private readonly ExplanationRules _explanations = new(content.TextTerms, standardNames, d => byYear.GetValueOrDefault((d.UnitId, d.Year - 1)), diagnostics);
        private readonly ProjectRules _projects = new(tolerance, diagnostics);
        private readonly StatementRules _statements = new(tolerance, diagnostics);

        public void Check(Disclosure disclosure)
        {
            foreach (var table in disclosure.Tables)
            {
                _tables.Check(table);
                _catalogue.Check(table, disclosure);
            }

            var substitutions = _substituted.Check(disclosure); // before the identities, which compare a substituted code as its twin
            _crossTables.Check(content.Identities, disclosure, substitutions);
            _explanations.Check(disclosure);
            _projects.Check(disclosure);
            _statements.Check(disclosure);
            StructureRules.Check(content, disclosure, diagnostics);
        }
    }

    /// <summary>Registered misprint → the standard code it stands for.</summary>
    private static Dictionary<string, string> Misprints(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.MisprintFor is not null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.MisprintFor!, StringComparer.Ordinal);

    /// <summary>Classification code → standard name, both catalogues (their codes do not overlap), built once.</summary>
    private static Dictionary<string, string> StandardNames(SiteContent content) =>
        content.Functional.Concat(content.Economic).Where(c => c.Misprint is null).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
}
