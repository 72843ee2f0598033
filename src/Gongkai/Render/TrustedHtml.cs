namespace Gongkai.Render;

/// <summary>
/// HTML the renderer produced itself (Markdig output with raw HTML off and URLs checked, the chart SVG, a page
/// body): the only kind of value templates print unescaped. Templates print it with a plain <c>{{value}}</c>;
/// triple-stash is refused at compile time (GK0002), so content strings are always escaped.
/// </summary>
internal sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new("");

    public override string ToString() => Html;
}
