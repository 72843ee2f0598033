namespace Gongkai.Render.Compare;

/// <summary>One unit's 三公经费 as published (合计 column of 表10), matched to the standard items.</summary>
public sealed record ThreePublicRowView(string Unit, string Url, string TableUrl, string Scope, IReadOnlyList<string> Amounts, CheckStatus Status);
