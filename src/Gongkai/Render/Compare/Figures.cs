using System.Globalization;

namespace Gongkai.Render.Compare;

/// <summary>
/// Derived figures, each computed one way and shown with how: a share or a rate to two decimals (rounded half
/// away from zero, as Chinese statistics round), a change with the larger published scale of its two amounts
/// (decimal subtraction keeps it: 28.00 − 3 = 25.00), never more decimals than were published.
/// </summary>
internal static class Figures
{
    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, or "" when the whole is 0 or missing.</summary>
    public static string Share(decimal? part, decimal? whole) =>
        part is null || whole is null or 0 ? "" : Percent(part.Value * 100 / whole.Value);

    /// <summary>The change from <paramref name="before"/> to <paramref name="now"/>, signed ("+12.00", "-3").</summary>
    public static string Change(decimal now, decimal before)
    {
        var change = now - before;
        return change > 0 ? "+" + Amount(change) : Amount(change);
    }

    /// <summary>The change as a percentage of <paramref name="before"/>; "—" when there was nothing before.</summary>
    public static string Rate(decimal now, decimal before) =>
        before == 0 ? "—" : (now >= before ? "+" : "") + Percent((now - before) * 100 / before) + "%";

    /// <summary>An amount divided by a head count, to two decimals (万元 per person).</summary>
    public static string PerHead(decimal amount, int people) =>
        people <= 0 ? "" : Math.Round(amount / people, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The bar width class (w0…w100 in compare.css) for a value against the largest: a class, not a style
    /// attribute, because the site's Content-Security-Policy forbids inline styles.
    /// </summary>
    public static string Width(decimal value, decimal max) =>
        "w" + (max <= 0 ? 0 : (int)Math.Round(Math.Abs(value) * 100 / max, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
