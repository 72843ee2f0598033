namespace Gongkai.Render.Compare;

/// <summary>The 与上年比较 page of a table: counts of added, removed and changed rows, then every row.</summary>
public sealed record TableDiffView(
    string Title,
    string Unit,
    int Year,
    int PreviousYear,
    string NowUrl,
    string BeforeUrl,
    int Added,
    int Removed,
    int Changed,
    int Same,
    IReadOnlyList<DiffSectionView> Sections,
    CheckStatus NowStatus,
    CheckStatus BeforeStatus,
    string? ScopeNote,
    string Csv,
    string Xlsx,
    string Css);
