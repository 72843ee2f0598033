using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>
/// Units of different scope side by side: a 部门预算 covers the department and may include its subordinate
/// units, a 单位预算 one unit. Putting them in one list is useful; adding them up silently is not, so every
/// comparison says when its rows mix scopes or hold a unit together with its parent.
/// </summary>
internal static class Scopes
{
    public static string? Note(IEnumerable<(Unit Unit, Disclosure Disclosure)> rows)
    {
        var list = rows.ToList();
        var notes = new List<string>();
        var scopes = list.Select(r => r.Disclosure.Scope).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (scopes.Count > 1)
        {
            notes.Add($"本表同时列有{string.Join("、", scopes.Select(s => s + "预算"))}：部门预算可能包含下属单位，与单位预算的口径不同，请勿直接相加。");
        }

        var ids = list.Select(r => r.Unit.Id).ToHashSet(StringComparer.Ordinal);
        var nested = list.Where(r => r.Unit.ParentId is { } p && ids.Contains(p)).Select(r => r.Unit).DistinctBy(u => u.Id).ToList();
        if (nested.Count > 0)
        {
            notes.Add($"{string.Join("、", nested.Select(u => u.DisplayName))}的上级单位也在本表中；上级单位的部门预算若已包含下属单位，相加会重复计算。");
        }

        return notes.Count == 0 ? null : string.Join("", notes);
    }
}
