using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads site.yml; a missing file means the defaults.</summary>
internal static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig Load(string root, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, FileName);
        if (!RepoFiles.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(FileName), "找不到 site.yml；请在站点根目录创建（可从 README 复制示例）");
            return SiteConfig.Default;
        }

        var reader = MappingReader.From(YamlFile.Parse(full, FileName, diagnostics), FileName, diagnostics, "site.yml ");
        if (reader is null)
        {
            return SiteConfig.Default;
        }

        var d = SiteConfig.Default;
        var baseUrl = reader.String("base_url") ?? d.BaseUrl;
        if (!baseUrl.StartsWith('/'))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, reader.SpanOfValue("base_url"), $"base_url “{baseUrl}” 应以 “/” 开头，如 / 或 /yusuan/");
            baseUrl = d.BaseUrl;
        }

        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        var tolerance = reader.Amount("tolerance") ?? d.Tolerance;
        if (tolerance < 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidAmount, reader.SpanOfValue("tolerance"), "tolerance 不能是负数；默认 0.01（每个加数 0.01 万元）");
            tolerance = d.Tolerance;
        }

        var config = new SiteConfig(
            reader.String("title") ?? d.Title,
            reader.String("description") ?? d.Description,
            baseUrl,
            reader.String("language") ?? d.Language,
            reader.String("output") ?? d.Output,
            tolerance);
        reader.ReportUnknown("site.yml ");
        return config;
    }
}
