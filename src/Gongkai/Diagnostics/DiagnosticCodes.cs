namespace Gongkai.Diagnostics;

/// <summary>The stable diagnostic codes. README documents each one; a test keeps the two in step.</summary>
public static class DiagnosticCodes
{
    /// <summary>Usage or internal failure (exit code 2).</summary>
    public const string Internal = "GK0001";

    /// <summary>A template that does not compile or render, or that prints a value unescaped (templates/*.hbs).</summary>
    public const string Template = "GK0002";

    /// <summary>A file a command would create already exists (init, new year); nothing is overwritten.</summary>
    public const string WouldOverwrite = "GK0003";

    /// <summary>Reading or writing a file failed mid-command (disk full, no permission, a path part that is a file); exit code 2.</summary>
    public const string IoFailed = "GK0004";

    public const string YamlSyntax = "GK1001";
    public const string UnknownKey = "GK1002";
    public const string MissingField = "GK1003";
    public const string WrongType = "GK1004";
    public const string InvalidAmount = "GK1005";
    public const string Duplicate = "GK1006";
    public const string PathMismatch = "GK1007";
    public const string UnknownReference = "GK1008";
    public const string Encoding = "GK1009";
    public const string LineEndings = "GK1010";
    public const string FileTooLarge = "GK1011";
    public const string InvalidId = "GK1012";
    public const string MissingTable = "GK1013";
    public const string MissingFile = "GK1014";
    public const string InvalidCode = "GK1015";

    /// <summary>HTML markup in a text field or in explanations.md (shown as text on the site).</summary>
    public const string Markup = "GK1016";

    /// <summary>A symbolic link, FIFO, device or socket where the tool reads (never followed, never read).</summary>
    public const string NotRegularFile = "GK1017";

    /// <summary>A structural limit was exceeded (nesting, keys per mapping, line length, diagnostics per file).</summary>
    public const string LimitExceeded = "GK1018";

    /// <summary>site.yml's origin is not a bare https/http origin (scheme and host, no path, query or credentials).</summary>
    public const string InvalidOrigin = "GK1030";

    /// <summary>A disclosure's source url is not an absolute http or https address.</summary>
    public const string InvalidSourceUrl = "GK1031";

    /// <summary>The output folder is the site root, above it, a link, outside the root (site.yml) or overlaps a source folder.</summary>
    public const string OutputUnsafe = "GK1025";

    /// <summary>The output folder exists but is a file, or a folder the build did not write (no marker file).</summary>
    public const string OutputNotOurs = "GK1026";
    /// <summary>A Markdown link or image whose URL is not relative, http, https or mailto (javascript:, data:, …).</summary>
    public const string UnsafeUrl = "GK1019";

    /// <summary>site.yml base_url that is not a plain path starting with exactly one "/" (//host, schemes, quotes, ..).</summary>
    public const string InvalidBaseUrl = "GK1020";

    /// <summary>A number outside its allowed range: amounts beyond ±10^12 万元 or 4 decimals, tolerance beyond 0–1, negative counts, -0.</summary>
    public const string OutOfRange = "GK1021";

    /// <summary>A control or bidirectional-formatting character (NUL, U+202E, …) in a text value or key.</summary>
    public const string ControlCharacter = "GK1022";

    public const string TotalMismatch = "GK2101";
    public const string RowSumMismatch = "GK2102";
    public const string BalanceMismatch = "GK2103";

    /// <summary>A statement of disclosure.yml (政府采购, 国有资产) whose parts do not add up to, or exceed, their whole.</summary>
    public const string StatementMismatch = "GK2105";

    /// <summary>运行经费's published change rate disagrees with its amount and change.</summary>
    public const string StatementRateMismatch = "GK2106";

    /// <summary>A 项 row whose 款 row is missing between it and its 类 (the sums cannot see it).</summary>
    public const string MissingParentRow = "GK2104";
    public const string Rounding = "GK2109";
    public const string UnmatchedAcknowledgement = "GK2190";

    public const string UnknownCode = "GK2201";
    public const string CodeInWrongCatalogue = "GK2202";
    public const string NameVariant = "GK2203";
    public const string NameMismatch = "GK2204";

    /// <summary>A code registered in the catalogue as a published misprint, not a standard code.</summary>
    public const string MisprintedCode = "GK2205";

    /// <summary>
    /// A code printed in one table only while another table of the same disclosure prints the same name and amount
    /// under a different code: one of the two codes is likely misprinted, whatever the catalogue lists.
    /// </summary>
    public const string SubstitutedCode = "GK2206";

    public const string TextAmountNotFound = "GK2301";

    /// <summary>An amount of the explanations differs from the table figure its words name (text_terms in table-kinds.yml).</summary>
    public const string TextAmountMeaning = "GK2306";
    public const string TextShareMismatch = "GK2302";

    /// <summary>A share (占 NN.NN%) is not the amount's ratio to the whole its words name (share_of in table-kinds.yml, or 占支出总额的 …).</summary>
    public const string TextShareOfWhole = "GK2307";

    /// <summary>A “比上年增加/减少” amount differs from this year's figure minus last year's same figure (the unit's previous year is in the content).</summary>
    public const string TextYearOnYearChange = "GK2308";
    public const string TextChangeDirection = "GK2303";
    public const string TextRateMismatch = "GK2304";

    /// <summary>A described project's 资金分配情况 does not add up to its 预算安排规模.</summary>
    public const string TextAllocationMismatch = "GK2305";

    /// <summary>A cross-table identity of table-kinds.yml does not hold (rounding differences are GK2109).</summary>
    public const string CrossTableMismatch = "GK3101";

    /// <summary>A project's amount differs between 表7, the explanations' 预算安排规模 and its 绩效目标表.</summary>
    public const string ProjectAmountMismatch = "GK3102";

    /// <summary>The explanations describe a project that 表7 does not list under that name.</summary>
    public const string ProjectNotListed = "GK3103";

    /// <summary>Every code with its severity and a one-line Chinese summary, in code order.</summary>
    public static IReadOnlyList<(string Code, Severity Severity, string Summary)> All { get; } =
    [
        (Internal, Severity.Error, "命令用法错误或程序内部错误（退出码 2）"),
        (Template, Severity.Error, "模板错误：语法错误、未知的 helper、缺少局部模板，或不转义地输出内容"),
        (WouldOverwrite, Severity.Error, "要新建的文件已存在（init、new year）；不覆盖已有文件，什么都不写"),
        (IoFailed, Severity.Error, "读写文件失败（磁盘已满、没有权限、路径中有一级是文件）；退出码 2，已发布的站点不会变成半成品"),
        (YamlSyntax, Severity.Error, "YAML 语法错误"),
        (UnknownKey, Severity.Error, "未知的键（多半是拼写错误）"),
        (MissingField, Severity.Error, "缺少必填字段"),
        (WrongType, Severity.Error, "值的类型不对（应为文字、整数、列表或键值对）"),
        (InvalidAmount, Severity.Error, "金额不是数字"),
        (Duplicate, Severity.Error, "重复的行、编码或 id"),
        (PathMismatch, Severity.Error, "文件内容与所在目录不一致（单位、年度、表种）"),
        (UnknownReference, Severity.Error, "引用了不存在的地区、单位、表种或栏目"),
        (Encoding, Severity.Error, "文件不是无 BOM 的 UTF-8"),
        (LineEndings, Severity.Warning, "文件使用 CRLF 换行"),
        (FileTooLarge, Severity.Error, "文件过大"),
        (InvalidId, Severity.Error, "id 或目录名含有不允许的字符"),
        (MissingTable, Severity.Error, "缺少必须公开的表"),
        (MissingFile, Severity.Error, "缺少必需的文件"),
        (InvalidCode, Severity.Error, "科目编码的位数与层级不符"),
        (Markup, Severity.Warning, "文字中有 HTML 标记（网站按普通文字显示，不会执行）"),
        (NotRegularFile, Severity.Error, "符号链接或不是普通文件（管道、设备），不跟随、不读取"),
        (LimitExceeded, Severity.Error, "超出结构上限（嵌套层数、键的个数、行长、每个文件的诊断条数）"),
        (UnsafeUrl, Severity.Error, "Markdown 链接或图片的网址不安全（只允许相对地址、http、https、mailto）"),
        (InvalidBaseUrl, Severity.Error, "base_url 不是以一个 “/” 开头的安全路径"),
        (OutOfRange, Severity.Error, "数值超出允许范围（金额、容差、人数、-0）"),
        (ControlCharacter, Severity.Error, "文字或键中有控制字符或双向文字控制符（如 NUL、U+202E）"),
        (OutputUnsafe, Severity.Error, "输出目录不安全：是站点根目录或其上级、符号链接、在站点根目录之外（site.yml），或与源文件目录重叠"),
        (OutputNotOurs, Severity.Error, "输出目录已存在，但不是空目录，也不是 gongkai 生成的（没有标记文件 .gongkai-site）；或输出路径是文件、上级路径中有文件"),
        (TotalMismatch, Severity.Error, "合计行或上级科目不等于各下级行之和"),
        (RowSumMismatch, Severity.Error, "本行合计不等于各栏之和"),
        (BalanceMismatch, Severity.Error, "收入总计不等于支出总计"),
        (StatementMismatch, Severity.Error, "政府采购、国有资产等说明数字的分项之和不等于总数，或分项大于总数"),
        (StatementRateMismatch, Severity.Error, "运行经费的增减率与本年数、增减额算出的不符"),
        (MissingParentRow, Severity.Error, "科目行的上一级科目行缺失（如有 2060599 和 206，却没有 20605）"),
        (Rounding, Severity.Info, "差额在舍入容差之内，按舍入差异报告"),
        (UnmatchedAcknowledgement, Severity.Warning, "findings.yml 中的确认说明没有对应任何校验结果"),
        (UnknownCode, Severity.Error, "科目编码不在 content/classification/ 的目录中"),
        (CodeInWrongCatalogue, Severity.Error, "科目编码属于另一种分类（功能分类栏里出现经济分类编码，或反之）"),
        (NameVariant, Severity.Warning, "科目名称是目录中登记的异写（原表写法），不是标准名称"),
        (NameMismatch, Severity.Error, "科目名称与编码不符"),
        (MisprintedCode, Severity.Warning, "科目编码是目录中登记的原表误印编码，不是标准编码"),
        (SubstitutedCode, Severity.Warning, "科目编码只在一张表中出现，另一张表把同一名称、同一金额列在另一个编码下"),
        (TextAmountNotFound, Severity.Error, "说明中的金额在表、概况和绩效目标表中都找不到"),
        (TextShareMismatch, Severity.Error, "说明中的“占 NN.NN%”不是公开金额的比例"),
        (TextChangeDirection, Severity.Error, "说明中的增加/减少与数的正负或增长/下降不一致"),
        (TextRateMismatch, Severity.Error, "说明中的增减率与本年数、增减额算出的不符"),
        (TextAllocationMismatch, Severity.Error, "说明中项目的资金分配情况之和不等于预算安排规模"),
        (CrossTableMismatch, Severity.Error, "同一次公开的两张表之间应相等的数不相等（表间勾稽）"),
        (ProjectAmountMismatch, Severity.Error, "项目金额在项目支出表、说明的预算安排规模和绩效目标表之间不一致"),
        (ProjectNotListed, Severity.Warning, "说明中介绍的项目在项目支出表中找不到同名项目"),
    ];
}
