using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Write;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Build;

/// <summary>
/// Where the site may go. site.yml arrives in pull requests, so its <c>output</c> must be a folder inside the site
/// root; <c>--out</c> is the operator's choice and may point anywhere, but both obey <see cref="OutputFolder"/>.
/// </summary>
internal static class OutputSetting
{
    /// <summary>Reports a refused site.yml <c>output</c> as GK1025 at its value in site.yml.</summary>
    public static void Check(string root, string value, DiagnosticBag diagnostics)
    {
        if (FromSiteYml(root, value) is { } refusal)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, refusal.Code, SpanOfValue(root), $"site.yml 的 output：{refusal.Message}"));
        }
    }

    public static OutputRefusal? FromSiteYml(string root, string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        if (Path.IsPathRooted(value))
        {
            return new(DiagnosticCodes.OutputUnsafe, $"“{value}” 是绝对路径；site.yml 只能写站点根目录下的相对路径，如 _site（要写到别处，请用 build --out）");
        }

        var full = Path.GetFullPath(Path.Combine(root, value));
        if (OutputFolder.CheckPlacement(root, full) is { } placement)
        {
            return placement;
        }

        return RealPath.IsSameOrUnder(RealPath.Of(full), RealPath.Of(root))
            ? null
            : new(DiagnosticCodes.OutputUnsafe, $"“{value}” 指向站点根目录之外（{RealPath.Of(full)}）；site.yml 只能写站点根目录下的目录，如 _site（要写到别处，请用 build --out）");
    }

    /// <summary>The <c>--out</c> value: anywhere the operator likes, except what <see cref="OutputFolder"/> refuses.</summary>
    public static OutputRefusal? FromCommandLine(string root, string value) =>
        Blank(value) ?? OutputFolder.CheckPlacement(root, Path.GetFullPath(Path.Combine(root, value)));

    private static OutputRefusal? Blank(string value) =>
        string.IsNullOrWhiteSpace(value) ? new(DiagnosticCodes.OutputUnsafe, "输出目录是空的，会被当作站点根目录；请写一个专用目录，如 _site")
        : value.Any(char.IsControl) ? new(DiagnosticCodes.OutputUnsafe, "输出目录的名字含有控制字符（如换行）；请只用普通字符，如 _site")
        : null;

    /// <summary>Where site.yml's <c>output</c> value is (the whole file when the key is absent).</summary>
    public static SourceSpan SpanOfValue(string root)
    {
        var node = YamlFile.Parse(Path.Combine(root, SiteConfigLoader.FileName), SiteConfigLoader.FileName, new DiagnosticBag());
        return node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("output"), out var value)
            ? MappingReader.SpanOf(value, SiteConfigLoader.FileName)
            : SourceSpan.WholeFile(SiteConfigLoader.FileName);
    }
}
