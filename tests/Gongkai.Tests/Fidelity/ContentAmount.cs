using Gongkai.Diagnostics;

namespace Gongkai.Tests.Fidelity;

/// <summary>One amount cell of a content table, with where it is (row label, column key, file position) for failure messages.</summary>
internal sealed record ContentAmount(decimal Value, string Row, string Column, SourceSpan Span)
{
    public override string ToString() => $"{Format(Value)}（{Row} / {Column}，{Span}）";

    public static string Format(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
