using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>
/// The table rows of a disclosure by name, to tell which row the words before a quoted amount name
/// (“基本工资837万元” → 表6 30101 基本工资). Used only to point an unfound amount at the row it speaks of, so the
/// finding is shown on that table's page too; whether an amount is published is still decided by membership.
/// </summary>
internal sealed class NamedRows
{
    private readonly Dictionary<string, List<(BudgetTable Table, TableRow Row)>> _byName = new(StringComparer.Ordinal);

    public NamedRows(Disclosure disclosure)
    {
        foreach (var table in disclosure.Tables)
        {
            foreach (var row in table.AllRows.Where(r => !r.IsSumRow && r.Project is null))
            {
                var name = Labels.Squeeze(row.Name);
                if (name.Length >= 4)
                {
                    if (!_byName.TryGetValue(name, out var list))
                    {
                        _byName[name] = list = [];
                    }

                    list.Add((table, row));
                }
            }
        }
    }

    /// <summary>The rows named by the longest row name the words end with (ignoring 为、是、：), or none.</summary>
    public IReadOnlyList<(BudgetTable Table, TableRow Row)> Before(string words)
    {
        var text = Labels.Squeeze(words).TrimEnd('为', '是', '：', ':', '共', '计');
        for (var length = Math.Min(text.Length, 40); length >= 4; length--)
        {
            if (_byName.TryGetValue(text[^length..], out var rows))
            {
                return rows;
            }
        }

        return [];
    }
}
