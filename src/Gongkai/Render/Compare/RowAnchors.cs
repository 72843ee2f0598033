using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>
/// Stable ids for table rows, so a code page (or anyone) can link to one row of a table page. A coded row is
/// named by its section and code ("main-2060501"); a code repeated in a section (one row per project) gets its
/// occurrence ("main-2060501-2"); an uncoded row its position ("main-r3"). Computed from the section alone, so
/// the table page and every page linking to it agree without sharing state.
/// </summary>
internal static class RowAnchors
{
    public static IReadOnlyList<string> For(TableSection section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new string[section.Rows.Count];
        for (var i = 0; i < section.Rows.Count; i++)
        {
            var row = section.Rows[i];
            if (row.Code is null)
            {
                anchors[i] = $"{section.Definition.Id}-r{i + 1}";
                continue;
            }

            var n = seen[row.Code] = seen.GetValueOrDefault(row.Code) + 1;
            anchors[i] = n == 1 ? $"{section.Definition.Id}-{row.Code}" : $"{section.Definition.Id}-{row.Code}-{n}";
        }

        return anchors;
    }
}
