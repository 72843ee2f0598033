using Gongkai.Diagnostics;

namespace Gongkai.Write;

/// <summary>
/// Which folder a build may replace with the site. Only an empty folder, one that holds the marker file every build
/// writes, or (once, for sites built before the marker existed) one whose every entry is something this build
/// writes; never the site root, a folder above it, or a folder the content, templates, seeds or git data live in.
/// </summary>
public static class OutputFolder
{
    /// <summary>Written into the root of every built site; its presence is what lets a later build replace the folder.</summary>
    public const string MarkerName = ".gongkai-site";

    /// <summary>Deterministic text (no time, no version) so two builds stay byte-identical.</summary>
    public const string MarkerText = "由 gongkai build 生成的站点目录：下次构建会整个替换它。请勿在此目录中存放其他文件。\n";

    /// <summary>Folders of the site root that hold sources; the output may be none of them, inside them, or around them.</summary>
    public static IReadOnlyList<string> SourceFolders { get; } = ["content", "templates", "seeds", ".git"];

    /// <summary>Refuses an output that is the root, above it, a symbolic link, overlaps a source folder, or lies under a file.</summary>
    public static OutputRefusal? CheckPlacement(string root, string output)
    {
        var realRoot = RealPath.Of(root);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var real = RealPath.Of(full);
        if (RealPath.IsSameOrUnder(realRoot, real))
        {
            return new(DiagnosticCodes.OutputUnsafe, $"输出目录 {full} 是站点根目录{(real == realRoot ? "" : "的上级目录")}，构建会替换整个目录；请改为专用的子目录，如 _site");
        }

        if (new FileInfo(full).LinkTarget is not null)
        {
            return new(DiagnosticCodes.OutputUnsafe, $"输出目录 {full} 是符号链接（指向 {real}）；构建不会替换链接指向的目录，请改为一个真实的目录");
        }

        foreach (var folder in SourceFolders)
        {
            var source = RealPath.Of(Path.Combine(root, folder));
            if (RealPath.IsSameOrUnder(real, source) || RealPath.IsSameOrUnder(source, real))
            {
                return new(DiagnosticCodes.OutputUnsafe, $"输出目录 {full} 与源文件目录 {folder}/ 重叠，构建会覆盖源文件；请改为专用的目录，如 _site");
            }
        }

        // Said before the build starts, not as an I/O failure at the first write after minutes of work.
        return FileAbove(full) is { } file
            ? new(DiagnosticCodes.OutputNotOurs, $"输出目录 {full} 的上级 {file} 是一个文件，不是目录，无法在其中建立站点；请改用其他输出目录，或把该文件移走")
            : null;
    }

    /// <summary>The nearest existing parent of <paramref name="full"/> when it is a file rather than a folder.</summary>
    private static string? FileAbove(string full)
    {
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent))
            {
                return null;
            }

            if (File.Exists(parent))
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>Refuses an existing output that is a file, or a folder the build did not write (no marker, foreign entries).</summary>
    public static OutputRefusal? CheckReplaceable(string output, IReadOnlyList<OutputFile> files) =>
        CheckReplaceable(output, files.Select(f => f.Path.Split('/')[0]).ToHashSet(StringComparer.Ordinal));

    /// <summary>As above, given the top-level names the build writes (known once the site is staged).</summary>
    public static OutputRefusal? CheckReplaceable(string output, IReadOnlySet<string> written)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(full))
        {
            return new(DiagnosticCodes.OutputNotOurs, $"输出路径 {full} 是一个文件，不是目录；请删除它或改用其他输出目录");
        }

        if (!Directory.Exists(full))
        {
            return null;
        }

        var entries = Directory.GetFileSystemEntries(full).Select(Path.GetFileName).ToList();
        if (entries.Count == 0 || IsMarker(Path.Combine(full, MarkerName)))
        {
            return null;
        }

        // A site written before the marker existed: every entry is one this build writes, and it has a home page.
        if (entries.Contains("index.html") && entries.All(e => e is not null && written.Contains(e)))
        {
            return null;
        }

        var foreign = entries.Where(e => e is not null && !written.Contains(e)).Order(StringComparer.Ordinal).Take(3).ToList();
        var why = foreign.Count > 0 ? $"其中有 {string.Join("、", foreign)}" : "没有 index.html";
        return new(DiagnosticCodes.OutputNotOurs,
            $"输出目录 {full} 已存在、不是空目录，也不是 gongkai 生成的（没有 {MarkerName} 标记文件，{why}）；构建只替换空目录或自己生成的目录，请改用其他输出目录，或确认后手动删除该目录");
    }

    /// <summary>True when <paramref name="folder"/> holds the marker file a build writes (a site this tool made).</summary>
    internal static bool HasMarker(string folder) => IsMarker(Path.Combine(folder, MarkerName));

    private static bool IsMarker(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null;
    }
}
