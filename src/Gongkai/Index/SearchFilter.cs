namespace Gongkai.Index;

/// <summary>Facet choices: positions in meta.json's years, regions and kinds and in the unit order (null: any).</summary>
internal sealed record SearchFilter(int? Year = null, int? Region = null, int? Unit = null, DocKind? Kind = null)
{
    public static SearchFilter None { get; } = new();

    public bool Accepts(IndexMap map, int doc) =>
        (Year is null || map.Year[doc] == Year) &&
        (Region is null || map.Region(doc) == Region) &&
        (Unit is null || map.Unit[doc] == Unit) &&
        (Kind is null || map.Kind[doc] == Kind);
}
