using System.Globalization;
using Gongkai.Diagnostics;

namespace Gongkai.Load;

/// <summary>
/// The range an amount may take: |x| &lt; 10^12 万元 (10^16 元, some 300,000 times China's whole national budget)
/// with at most 4 decimals. Bounded so that parsing never overflows <c>decimal</c> (29 digits) and no sum of a
/// site's cells can (even 10^9 cells stay below 10^21), so the sum checks need no overflow handling.
/// </summary>
internal static class AmountRange
{
    public const int MaxIntegerDigits = 12;
    public const int MaxDecimals = 4;

    /// <summary>Parses text already matching <c>-?digits(.digits)?</c>; GK1021 (null) when out of range or "-0".</summary>
    public static decimal? Check(string text, SourceSpan span, string key, DiagnosticBag diagnostics)
    {
        var unsigned = text.TrimStart('-');
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var integer = (point < 0 ? unsigned : unsigned[..point]).TrimStart('0');
        var decimals = point < 0 ? 0 : unsigned.Length - point - 1;
        if (integer.Length > MaxIntegerDigits || decimals > MaxDecimals)
        {
            diagnostics.Error(DiagnosticCodes.OutOfRange, span,
                $"“{key}” 的金额 {MappingReader.Shorten(text)} 超出范围；金额以万元为单位，整数部分最多 {MaxIntegerDigits} 位、小数最多 {MaxDecimals} 位，请核对原表（是否多写了数字或把元当成了万元）");
            return null;
        }

        var value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (value == 0 && text.StartsWith('-'))
        {
            diagnostics.Error(DiagnosticCodes.OutOfRange, span, $"“{key}” 的金额写成了负零 {text}；请去掉负号，写 {unsigned}");
            return null;
        }

        return value;
    }
}
