using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>
/// Every amount a disclosure publishes outside its explanations: table cells, 运行经费, 政府采购, 国有资产 and the
/// funds of its 绩效目标表. An amount quoted in the explanations must be one of these.
/// </summary>
internal sealed class KnownFigures
{
    private readonly HashSet<decimal> _values = [];

    public KnownFigures(Disclosure disclosure)
    {
        foreach (var cell in disclosure.Tables.SelectMany(t => t.AllRows).SelectMany(r => r.Cells.Values))
        {
            _values.Add(cell.Value);
        }

        if (disclosure.OperatingFunds is { } funds)
        {
            Add(funds.Amount);
        }

        if (disclosure.Procurement is { } p)
        {
            foreach (var value in new[] { p.Total, p.Goods, p.Works, p.Services, p.SmeReserved, p.SmallMicroReserved })
            {
                Add(value);
            }
        }

        foreach (var item in disclosure.Assets?.Items ?? [])
        {
            Add(item.Value);
        }

        foreach (var target in disclosure.Targets)
        {
            Add(target.FundsTotal);
            foreach (var item in target.Funds)
            {
                Add(item.Amount);
            }
        }

        Wholes = [.. _values.Where(v => v > 0)];
    }

    /// <summary>The positive amounts, candidates for the whole a share (占 NN.NN%) is taken of.</summary>
    public IReadOnlyList<decimal> Wholes { get; }

    /// <summary>
    /// True when the amount is published, also when the text rounds a table figure to fewer decimals
    /// (56.6 for 56.60 is the same number; 5.9 for 5.92 is a rounding of it).
    /// </summary>
    public bool Contains(decimal value) =>
        _values.Contains(value) || _values.Any(v => v.Scale > value.Scale && Math.Round(v, value.Scale, MidpointRounding.AwayFromZero) == value);

    private void Add(decimal? value)
    {
        if (value is { } v)
        {
            _values.Add(v);
        }
    }
}
