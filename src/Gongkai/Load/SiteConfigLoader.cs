using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads site.yml; a missing file means the defaults.</summary>
internal static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    /// <summary>The largest rounding tolerance per addend, in 万元.</summary>
    public const decimal MaxTolerance = 1m;

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
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        if (!IsSafeBasePath(baseUrl))
        {
            // Every page's CSS, script and links start with base_url: "//host/" or "/\host/" would load them from another site.
            diagnostics.Error(DiagnosticCodes.InvalidBaseUrl, reader.SpanOfValue("base_url"),
                $"base_url “{MappingReader.Shorten(baseUrl)}” 不是安全的路径；应以一个 “/” 开头，由字母、数字、“-”、“_”、“.”、“~” 组成的目录名和 “/” 组成，如 / 或 /yusuan/（不能写网址、“//”、“\\”、“..”、引号、空格）");
            baseUrl = d.BaseUrl;
        }

        var tolerance = reader.Amount("tolerance") ?? d.Tolerance;
        if (tolerance < 0 || tolerance > MaxTolerance)
        {
            // A large tolerance silently turns every sum check off; more than 1 万元 per addend is no longer rounding.
            diagnostics.Error(DiagnosticCodes.OutOfRange, reader.SpanOfValue("tolerance"),
                $"tolerance {tolerance} 超出范围；应在 0 到 {MaxTolerance} 万元之间（每个加数允许的舍入差），默认 0.01");
            tolerance = d.Tolerance;
        }

        var origin = reader.String("origin");
        if (origin is not null)
        {
            origin = origin.TrimEnd('/');
            if (!IsOrigin(origin))
            {
                diagnostics.Error(DiagnosticCodes.InvalidOrigin, reader.SpanOfValue("origin"),
                    $"origin “{MappingReader.Shorten(origin)}” 不是网站的地址；应写协议和域名，如 https://kjj.example.gov.cn（不带路径，子路径写在 base_url 中；不能有空格、用户名、“?”、“#”）");
                origin = null;
            }
        }

        var config = new SiteConfig(
            reader.String("title") ?? d.Title,
            reader.String("description") ?? d.Description,
            baseUrl,
            reader.String("language") ?? d.Language,
            reader.String("output") ?? d.Output,
            tolerance)
        { Origin = origin };
        reader.ReportUnknown("site.yml ");
        return config;
    }

    /// <summary>"/" or "/a/b/": one leading slash, then unreserved-character segments, none "." or "..".</summary>
    public static bool IsSafeBasePath(string path) =>
        path.StartsWith('/') && path.EndsWith('/') && (path.Length == 1 ||
            path[1..^1].Split('/').All(s => s.Length > 0 && s != "." && s != ".." && s.All(IsUnreserved)));

    /// <summary>"https://host" or "http://host:port": what goes before base_url in an absolute URL, nothing more.</summary>
    public static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
        && uri.UserInfo.Length == 0 && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && origin.All(c => c > ' ' && c < 0x7f && c is not ('"' or '<' or '>' or '\\' or '\'' or '`'))
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
