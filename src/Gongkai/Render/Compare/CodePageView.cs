namespace Gongkai.Render.Compare;

/// <summary>The page of one classification code.</summary>
public sealed record CodePageView(
    string Title,
    string Code,
    string Name,
    string Level,
    string Classification,
    CodeLinkView? Parent,
    IReadOnlyList<CodeLinkView> Children,
    IReadOnlyList<CodeGroupView> Groups,
    string Order,
    string OtherOrder,
    string OtherOrderUrl,
    string IndexUrl,
    string Css);
