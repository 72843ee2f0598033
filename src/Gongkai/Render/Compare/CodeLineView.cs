namespace Gongkai.Render.Compare;

/// <summary>One unit-year's row under a code: who, the amounts as published, the derived share, the link to the row.</summary>
public sealed record CodeLineView(
    string Unit,
    string UnitUrl,
    string Region,
    int Year,
    string Scope,
    string? Project,
    IReadOnlyList<string> Amounts,
    string Share,
    string RowUrl,
    CheckStatus Status);
