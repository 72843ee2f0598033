namespace Gongkai.Schema;

/// <summary>
/// The Chinese wording of content fields, shared by the loaders' "缺少必填字段 …（what）" diagnostics and the JSON
/// Schemas' descriptions, so the editor and <c>check</c> say the same thing.
/// </summary>
public static class FieldText
{
    public const string UnitName = "单位全称";
    public const string UnitRegion = "地区 id，见 content/regions.yml";
    public const string UnitKind = "单位性质，如 行政单位、事业单位";
    public const string DisclosureUnit = "单位 id，与目录名相同";
    public const string DisclosureYear = "年度，与目录名相同";
    public const string OriginalTitle = "原文标题";
    public const string Publisher = "落款单位";
    public const string Organisation = "机构设置";
    public const string TableKind = "表种 id，见 content/table-kinds.yml";
    public const string TableNumber = "原文表号";
    public const string TableTitle = "原文表名";
    public const string TableRows = "表的各行";
    public const string RowName = "科目名称或项目";
    public const string TargetKind = "project 或 overall";
    public const string IndicatorLevel1 = "一级指标";
    public const string FindingRule = "规则代码，如 GK2101";
    public const string FindingNote = "给公众看的说明";
    public const string TermId = "锚点 id";
    public const string Term = "名词";
    public const string TermDefinition = "解释";
}
