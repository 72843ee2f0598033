using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// The parent of each row of a section: by code prefix for classified rows (so a published row out of order
/// still adds up to the right parent), by outline level in published order otherwise.
/// </summary>
internal static class TableTree
{
    /// <summary>Parent index per row (-1 for top level); total rows have no parent and are nobody's parent.</summary>
    public static int[] Parents(IReadOnlyList<TableRow> rows)
    {
        var parents = new int[rows.Count];
        var byCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { IsSumRow: false, Project: null, Code: { } code })
            {
                (byCode.TryGetValue(code, out var list) ? list : byCode[code] = []).Add(i);
            }
        }

        var stack = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            parents[i] = -1;
            if (row.IsSumRow)
            {
                continue;
            }

            if (row.Code is { } code)
            {
                parents[i] = CodeParent(i, row, code, byCode);
                continue;
            }

            while (stack.Count > 0 && rows[stack[^1]].Level >= row.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            parents[i] = stack.Count > 0 && rows[stack[^1]].Level == row.Level - 1 ? stack[^1] : -1;
            stack.Add(i);
        }

        return parents;
    }

    private static int CodeParent(int index, TableRow row, string code, Dictionary<string, List<int>> byCode)
    {
        if (row.Project is not null && byCode.TryGetValue(code, out var bare))
        {
            return Nearest(bare, index);
        }

        // Functional codes step 7 → 5 → 3 digits, economic 5 → 3; a missing intermediate row is skipped.
        for (var length = code.Length - 2; length >= 3; length -= 2)
        {
            if (byCode.TryGetValue(code[..length], out var parents))
            {
                return Nearest(parents, index);
            }
        }

        return -1;
    }

    /// <summary>A code printed twice heads two groups: a row belongs to the nearest occurrence above it.</summary>
    private static int Nearest(List<int> candidates, int index)
    {
        var above = candidates.LastOrDefault(c => c < index, -1);
        return above >= 0 ? above : candidates[0];
    }
}
