using System.Text.Json.Nodes;
using Gongkai.Model;
using static Gongkai.Schema.Json;

namespace Gongkai.Schema;

/// <summary>
/// JSON Schemas for every content file kind, for the YAML language server (completion, hover text, red squiggles
/// while typing). Table schemas are generated from table-kinds.yml, one per kind, so a table's allowed keys follow its
/// kind. The schemas describe what the loaders accept (keys, types, required fields, id and code patterns); the
/// sums and cross-checks are <c>gongkai check</c>'s job.
/// </summary>
public static class ContentSchemas
{
    public static IReadOnlyList<SchemaFile> Generate(IReadOnlyList<TableKind> kinds)
    {
        List<SchemaFile> files =
        [
            new("site.schema.json", "site.yml", Document("site.schema.json", "site.yml：站点设置", Site())),
            new("regions.schema.json", "content/regions.yml", Document("regions.schema.json", "content/regions.yml：地区", Regions())),
            new("glossary.schema.json", "content/{glossary.yml,units/*/*/glossary.yml}", Document("glossary.schema.json", "glossary.yml：名词解释", Glossary())),
            new("classification.schema.json", "content/classification/*.yml", Document("classification.schema.json", "content/classification/：政府收支分类科目", Classification())),
            new("unit.schema.json", "content/units/*/unit.yml", Document("unit.schema.json", "unit.yml：单位", Unit())),
            new("disclosure.schema.json", "content/units/*/*/disclosure.yml", Document("disclosure.schema.json", "disclosure.yml：年度公开", Disclosure())),
            new("performance.schema.json", "content/units/*/*/performance.yml", Document("performance.schema.json", "performance.yml：绩效目标表", Performance())),
            new("findings.schema.json", "content/units/*/*/findings.yml", Document("findings.schema.json", "findings.yml：对原文不一致之处的确认", Findings())),
        ];
        foreach (var kind in kinds)
        {
            var name = $"table-{kind.Id}.schema.json";
            files.Add(new(name, $"content/units/*/*/tables/{kind.Id}.yml", Document(name, $"tables/{kind.Id}.yml：{kind.Title}", Table(kind))));
        }

        return files;
    }

    private static JsonObject Site() => Object("站点设置；不写的键取默认值",
    [
        ("title", Text("站点标题"), false),
        ("description", Text("站点说明（首页和搜索引擎摘要）"), false),
        ("base_url", Pattern("站点的路径：/ 或 /yusuan/ 这样以一个 “/” 开头的目录（不能写网址）", "^/([A-Za-z0-9._~-]+/)*([A-Za-z0-9._~-]+)?$"), false),
        ("language", Text("页面语言，默认 zh-CN"), false),
        ("output", Text("输出目录，站点根目录下的相对路径，默认 _site"), false),
        ("tolerance", Amount("校验容差：每个加数允许的舍入差，0—1 万元，默认 0.01"), false),
    ]);

    private static JsonObject Regions() => Object("地区列表",
    [
        ("regions", List("地区；单位的 region 引用这里的 id", Object("一个地区", [("id", Id("地区 id（小写字母、数字、连字符）"), true), ("name", Text("地区名称"), true)])), true),
    ]);

    private static JsonObject Glossary() => Object("名词解释",
    [
        ("terms", List("名词", Object("一个名词",
        [
            ("id", Id(FieldText.TermId + "（小写字母、数字、连字符）"), true),
            ("term", Text(FieldText.Term), true),
            ("definition", Text(FieldText.TermDefinition), true),
            ("aliases", TextList("别名，正文中出现时同样链接到此词条"), false),
        ])), true),
    ]);

    private static JsonObject Classification() => Object("政府收支分类科目目录",
    [
        ("sources", Map("科目名称的出处：编号: 文件名称（如 gfs2025: 财政部《2025年政府收支分类科目》）", Text("出处文件的名称")), true),
        ("codes", List("科目", ClassificationCode()), true),
    ]);

    /// <summary>One code; a standard code names its source (<c>from</c>), a registered misprint has none to name.</summary>
    private static JsonObject ClassificationCode()
    {
        var code = Object("一个科目",
        [
            ("code", Pattern("科目编码：功能分类 3、5、7 位，经济分类 3、5 位", "^[0-9]{3}([0-9]{2}){0,2}$"), true),
            ("name", Text("标准名称（照 from 所指的文件，不照原表）"), true),
            ("from", Text("名称的出处：sources 中的一个编号；标准编码必填，原表误印的编码（misprint）不写"), false),
            ("variants", TextList("原表的其他写法（漏字、误印、旧称），使用时报告警告 GK2203"), false),
            ("misprint", Text("原表误印的编码：说明原表如何印、正确的是哪个，使用时报告警告 GK2205"), false),
            ("for", Pattern("误印的编码所代表的标准编码（这笔钱应在的科目）：逐科目勾稽按该编码比较，误印只报告一次", "^[0-9]{3}([0-9]{2}){0,2}$"), false),
        ]);
        code["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("from") }, new JsonObject { ["required"] = new JsonArray("misprint") });
        return code;
    }

    private static JsonObject Unit() => Object("单位",
    [
        ("name", Text(FieldText.UnitName), true),
        ("short_name", Text("简称"), false),
        ("region", Id(FieldText.UnitRegion), true),
        ("parent", Id("上级单位的单位 id"), false),
        ("kind_basis", Text("单位性质是推定的时写明依据（原文没有写明时），站点在页面上标明“推定”"), false),
        ("kind", Text(FieldText.UnitKind), true),
    ]);

    private static JsonObject Disclosure() => Object("一个单位一个年度的公开：标题、落款、单位概况、运行经费、政府采购、国有资产",
    [
        ("unit", Id(FieldText.DisclosureUnit), true),
        ("year", Integer(FieldText.DisclosureYear), true),
        ("title", Text(FieldText.OriginalTitle), true),
        ("scope", Enum("单位预算写 单位；部门预算写 部门", "单位", "部门"), false),
        ("publisher", Text(FieldText.Publisher), true),
        ("published", Text("落款日期，如 2026-02-27"), false),
        ("seed", Text("seeds/ 中的原文文件"), false),
        ("source", Object("原文出处：站点链接到它，并提供 seed 的文字版下载",
        [
            ("title", Text("原文发布时的标题"), false),
            ("date", Text("发布日期，如 2026-02-27"), false),
            ("issuer", Text("发布单位"), false),
            ("url", Text("原文网页的完整地址（https:// 或 http:// 开头），不知道就省略；不是网址时报告 GK1031"), false),
            ("note", Text("说明"), false),
        ]), false),
        ("inferred", List("录入时推定而非从原文读出的内容，站点在页面上标明并写出依据", Object("推定项",
        [
            ("what", Text("推定的是哪些数或哪项内容"), true),
            ("reason", Text("推定的依据"), true),
        ])), false),
        ("profile", Object("单位概况",
        [
            ("functions_intro", Text("主要职能前的一段话（Markdown）"), false),
            ("functions", TextList("主要职能，每条一项，照原文"), true),
            ("organisation", Text(FieldText.Organisation + "（Markdown），照原文"), true),
            ("staffing", Object("编制与实有人数（原文没有就整个省略）",
            [
                ("authorised", Integer("编制数", minimum: 0), false),
                ("actual", Integer("实有人数", minimum: 0), false),
                ("in_service", Integer("在职人数", minimum: 0), false),
                ("in_service_change", Integer("在职人数增减"), false),
                ("retired", Integer("退休人数", minimum: 0), false),
                ("retired_change", Integer("退休人数增减"), false),
                ("honorary_retired", Integer("离休人数", minimum: 0), false),
                ("honorary_retired_change", Integer("离休人数增减"), false),
            ]), false),
        ]), true),
        ("operating_funds", Object("机关（事业单位）运行经费",
        [
            ("label", Text("原文的名称，默认 机关运行经费财政拨款预算"), false),
            ("amount", Amount("本年数"), true),
            ("change", Amount("比上年增减额，减少写负数"), false),
            ("change_rate", Amount("增减幅度 %，下降写负数"), false),
        ]), false),
        ("procurement", Object("政府采购",
        [
            ("total", Amount("政府采购预算总额"), false),
            ("goods", Amount("货物"), false),
            ("works", Amount("工程"), false),
            ("services", Amount("服务"), false),
            ("sme_reserved", Amount("面向中小企业预留"), false),
            ("small_micro_reserved", Amount("其中：小微企业预留"), false),
            ("small_micro_label", Text("小微企业预留一项的名称，照原文写法，默认 小微企业预留"), false),
        ]), false),
        ("assets", Object("国有资产占用使用情况",
        [
            ("as_of", Text("截止日期，照原文"), false),
            ("items", List("资产项，照原文；level 更深一级的各项之和应等于上一级", Object("资产项",
            [
                ("name", Text("名称，如 车辆"), true),
                ("quantity", Amount("数量"), false),
                ("unit", Text("数量单位，如 辆"), false),
                ("value", Amount("价值"), false),
                ("value_label", Text("价值一栏的名称，照原文（如 残值），默认 价值"), false),
                ("level", Integer("层级：0 为顶层，1 为其下一级", minimum: 0), false),
                ("note", Text("备注"), false),
            ])), false),
            ("large_equipment", Object("大型设备台数",
            [
                ("over_50", Integer("单价 50 万元以上", minimum: 0), false),
                ("over_50_measure", Text("单价 50 万元以上设备的量词，照原文，默认 台"), false),
                ("over_100_measure", Text("单价 100 万元以上设备的量词，照原文，默认 台"), false),
                ("over_100", Integer("单价 100 万元以上", minimum: 0), false),
            ]), false),
        ]), false),
    ]);

    private static JsonObject Performance() => Object("绩效目标表",
    [
        ("targets", List("绩效目标表，照原文顺序", Object("一张绩效目标表",
        [
            ("kind", Enum(FieldText.TargetKind + "：project 为项目支出绩效目标表，overall 为整体绩效目标表", "project", "overall"), true),
            ("title", Text(FieldText.TableTitle), true),
            ("year", Integer("年度"), false),
            ("unit_name", Text("原文“预算单位”栏，照原文"), false),
            ("project", Text("项目名称（kind: project 必填）"), false),
            ("owner", Text("项目负责人 / 部门联系人"), false),
            ("phone", Text("联系电话"), false),
            ("funds", Object("资金（万元），照原文各项",
            [
                ("total", Amount("年度资金总额"), false),
                ("items", List("各项资金", Object("一项资金", [("label", Text("资金名称，如 财政拨款"), true), ("amount", Amount("金额"), false)])), false),
            ]), false),
            ("goal", Text("总体目标 / 年度绩效目标"), false),
            ("indicators", List("绩效指标", Object("一个指标",
            [
                ("level1", Text(FieldText.IndicatorLevel1), true),
                ("level2", Text("二级指标"), false),
                ("name", Text("三级指标"), false),
                ("value", Text("指标值，照原文"), false),
                ("basis", Text("指标值设置依据"), false),
                ("last_year", Text("上年完成值"), false),
                ("weight", Text("指标分值权重"), false),
                ("scoring", Text("指标赋分规则"), false),
                ("evidence", Text("佐证资料"), false),
            ])), false),
        ])), true),
    ]);

    private static JsonObject Findings() => Object("对原文本身不一致之处的确认；确认后该条不再阻止构建，说明显示在网站上",
    [
        ("acknowledged", List("确认", Object("一条确认：表格里的发现写 table、row、column，说明里的发现写 quote",
        [
            ("rule", Pattern(FieldText.FindingRule, "^GK[0-9]{4}$"), true),
            ("table", Text("表种 id（或 assets、procurement、operating-funds）"), false),
            ("row", Text("行：科目名称、编码或项目"), false),
            ("column", Text("栏目 key"), false),
            ("quote", Text("说明中的该数及其前面几个字"), false),
            ("note", Text(FieldText.FindingNote + "；表格里的发现须写出该格子原表所印的数"), true),
        ])), true),
    ]);

    private static JsonObject Table(TableKind kind)
    {
        var allColumns = kind.Sections.SelectMany(s => s.Columns).Select(c => c.Key).Distinct().ToArray();
        List<(string, JsonObject, bool)> properties =
        [
            ("kind", Const(FieldText.TableKind + "；必须与文件名一致", kind.Id), true),
            ("number", Integer(FieldText.TableNumber), true),
            ("title", Text(FieldText.TableTitle + $"，如 {kind.Title}"), true),
            ("note", Text("表下的备注或“为空表”说明，照原文"), false),
            ("empty", Bool("原表为空表时写 true"), false),
            ("columns", List("本表公开的栏目及顺序（默认为表种的全部栏目）", Enum("栏目 key", allColumns)), false),
        ];
        foreach (var section in kind.Sections)
        {
            properties.Add((section.IsMain ? "rows" : section.Id, List($"{FieldText.TableRows}{(section.Caption is null ? "" : $"（{section.Caption}）")}，原表每一行都写", Row(kind, section)), true));
        }

        var table = Object($"{kind.Title}（表种 {kind.Id}）", properties);

        // An empty table (empty: true) has rows without amounts, as the loader requires (GK1004).
        string[] rowKeys = kind.HasProjects ? [.. RowKeys, "project"] : RowKeys;
        var emptyRows = new JsonObject();
        foreach (var section in kind.Sections)
        {
            emptyRows[section.IsMain ? "rows" : section.Id] = new JsonObject { ["items"] = new JsonObject { ["propertyNames"] = Enum("空表的行不写金额", rowKeys) } };
        }

        table["if"] = new JsonObject { ["properties"] = new JsonObject { ["empty"] = new JsonObject { ["const"] = true } }, ["required"] = new JsonArray("empty") };
        table["then"] = new JsonObject { ["properties"] = emptyRows };
        return table;
    }

    private static readonly string[] RowKeys = ["code", "name", "level", "role", "note"];

    private static JsonObject Row(TableKind kind, SectionDef section)
    {
        var code = section.Hierarchy switch
        {
            Hierarchy.Functional => Pattern("功能分类科目编码：3 位（类）、5 位（款）或 7 位（项）数字，写成字符串，如 \"2060599\"", "^[0-9]{3}([0-9]{2}){0,2}$"),
            Hierarchy.Economic => Pattern("经济分类科目编码：3 位（类）或 5 位（款）数字，写成字符串，如 \"30101\"", "^[0-9]{3}([0-9]{2})?$"),
            _ => Text("编码"),
        };
        List<(string, JsonObject, bool)> properties =
        [
            ("code", code, false),
            ("name", Text(FieldText.RowName), true),
            ("level", Integer("层级：0 为顶层到 9（有科目编码的行由编码决定，不写）", minimum: 0, maximum: 9), false),
            ("role", Enum("合计/总计行写 total，无编码的小计行写 subtotal，其他行不写", "total", "subtotal"), false),
            ("note", Text("本行备注"), false),
        ];
        if (kind.HasProjects)
        {
            properties.Add(("project", Text("项目名称"), false));
        }

        foreach (var column in section.Columns.Where(c => !(kind.HasProjects && c.Key == "project")))
        {
            properties.Add((column.Key, Amount(string.Join(" / ", column.Group.Append(column.Label))), false));
        }

        return Object("表的一行；原表空白的格子不写", properties);
    }
}
