using Gongkai.Model;

namespace Gongkai.Render.Downloads;

/// <summary>
/// The downloads that data/budget-lines.csv and data/gongkai-data.zip repeat: each table's CSV and JSON and
/// each disclosure's budget lines, shared by the per-table, per-disclosure and site jobs of one build (issue 14).
/// Kept by the jobs that make them for the site's job when <paramref name="keep"/> (see <see cref="SharedBytes{TKey}"/>).
/// </summary>
internal sealed class DataFiles(SiteContent content, bool keep)
{
    public SharedBytes<BudgetTable> TableCsv { get; } = new(TableData.Csv, keep);

    public SharedBytes<BudgetTable> TableJson { get; } = new(TableData.Json, keep);

    /// <summary>A disclosure's budget-lines.csv; the site's file is <see cref="BudgetLines.Header"/> and each of these without it.</summary>
    public SharedBytes<Disclosure> Lines { get; } = new(d => BudgetLines.Csv(BudgetLines.Of(content, content.FindUnit(d.UnitId)!, d)), keep);
}
