using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>
/// Every coded row against content/classification/: the code is listed (GK2201) in the catalogue its column
/// uses (GK2202), and its name is the standard one (a registered variant is GK2203, anything else GK2204).
/// </summary>
internal sealed class CatalogueRules(SiteContent content, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, ClassificationCode> _functional = Index(content.Functional);
    private readonly Dictionary<string, ClassificationCode> _economic = Index(content.Economic);

    public void Check(BudgetTable table, Disclosure disclosure)
    {
        foreach (var section in table.Sections.Where(s => s.Definition.Hierarchy != Hierarchy.Outline))
        {
            var functional = section.Definition.Hierarchy == Hierarchy.Functional;
            var (own, other) = functional ? (_functional, _economic) : (_economic, _functional);
            var (file, kind, otherKind) = functional
                ? ("content/classification/functional.yml", "支出功能分类", "支出经济分类")
                : ("content/classification/economic.yml", "支出经济分类", "支出功能分类");
            foreach (var row in section.Rows.Where(r => r.Code is not null && !r.IsSumRow))
            {
                Check(table, disclosure, row, own, other, file, kind, otherKind);
            }
        }
    }

    private void Check(BudgetTable table, Disclosure disclosure, TableRow row, Dictionary<string, ClassificationCode> own, Dictionary<string, ClassificationCode> other, string file, string kind, string otherKind)
    {
        var code = row.Code!;
        if (!own.TryGetValue(code, out var entry))
        {
            if (other.TryGetValue(code, out var foreign))
            {
                Add(Severity.Error, DiagnosticCodes.CodeInWrongCatalogue, table, row,
                    $"{code}（{foreign.Name}）是{otherKind}科目，而这一栏是{kind}科目编码",
                    $"请对照原文核对编码；{kind}科目请查 {file}");
            }
            else
            {
                Add(Severity.Error, DiagnosticCodes.UnknownCode, table, row,
                    $"科目编码 {code}（{row.Name}）不在 {file} 中",
                    $"请核对编码是否录错；若原文确实使用这个编码，把它加到 {file}（code、标准名称，原表写法不同时写 variants）");
            }

            return;
        }

        if (entry.Misprint is { } misprint)
        {
            Add(Severity.Warning, DiagnosticCodes.MisprintedCode, table, row,
                $"{code}（{row.Name}）不是标准科目编码，是 {file} 中登记的原表误印：{misprint}",
                $"照原文公开即可；在 findings.yml 中确认（rule: {DiagnosticCodes.MisprintedCode}，table: {table.Id}，row: \"{code}\"）并说明这笔钱应属的科目",
                TablesPrinting(disclosure, table, entry.MisprintFor));
            return;
        }

        if (SameName(entry.Name, row.Name))
        {
            return;
        }

        if (entry.Variants.Any(v => SameName(v, row.Name)))
        {
            Add(Severity.Warning, DiagnosticCodes.NameVariant, table, row,
                $"{code} 原表写作“{row.Name}”，标准名称为“{entry.Name}”{Cited(entry)}",
                $"这是 {file} 中登记的原表写法，照原文公开即可；在 findings.yml 中确认（rule: {DiagnosticCodes.NameVariant}）后不再提示");
            return;
        }

        Add(Severity.Error, DiagnosticCodes.NameMismatch, table, row,
            $"{code} 的名称“{row.Name}”与 {file} 中的“{entry.Name}”{Cited(entry)}不符",
            $"请核对编码与名称：编码录错就改编码，名称录错就改名称；若原文确实这样写，把“{row.Name}”加到该编码的 variants");
    }

    private void Add(Severity severity, string code, BudgetTable table, TableRow row, string message, string fix, IReadOnlyList<string>? alsoIn = null)
    {
        var span = row.Span;
        diagnostics.Add(new Diagnostic(severity, code, span, message)
        {
            Fix = fix,
            Table = table.Id,
            Row = [.. new[] { row.Code, row.Name, row.Project }.OfType<string>()],
            AlsoIn = alsoIn ?? [],
        });
    }

    /// <summary>
    /// A misprint's finding also belongs on the pages of the disclosure's tables that print the code it stands for
    /// (seed 001: 表3's 22308 is 表2's and 表9's 22302), so a reader of either table learns of it.
    /// </summary>
    private static string[] TablesPrinting(Disclosure disclosure, BudgetTable table, string? code) =>
        code is null
            ? []
            : [table.File, .. disclosure.Tables.Where(t => t != table && t.AllRows.Any(r => r.Code == code)).Select(t => t.File)];

    /// <summary>Where the standard name comes from, so a reader can check the catalogue against its source.</summary>
    private static string Cited(ClassificationCode entry) => entry.NameSource is { } source ? $"（出处：{source}）" : "";

    private static bool SameName(string a, string b) => Labels.Squeeze(a) == Labels.Squeeze(b);

    private static Dictionary<string, ClassificationCode> Index(IReadOnlyList<ClassificationCode> codes)
    {
        // The loader already reports duplicate codes (GK1006); the first one counts.
        return codes.DistinctBy(c => c.Code).ToDictionary(c => c.Code, StringComparer.Ordinal);
    }
}
