using System.Globalization;

namespace Gongkai.Validate;

/// <summary>Formats amounts for messages the way tables print them (published scale, no grouping).</summary>
internal static class Amounts
{
    /// <summary>Reads an amount as the explanations print it (“3,486.02”); false when it has more digits than a decimal holds.</summary>
    public static bool TryParseQuoted(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A difference at the larger scale of the two figures, so 149.07 − 145.07 reads 4.00.</summary>
    public static string Difference(decimal a, decimal b)
    {
        var scale = Math.Max(a.Scale, b.Scale);
        return Math.Round(Math.Abs(a - b), scale).ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

}
