using Gongkai.Diagnostics;

namespace Gongkai.Load;

/// <summary>
/// The only way the tool reads the site's files. Symbolic links and special files (FIFOs, devices, sockets) are
/// refused wherever they appear on the path, so content can never pull in a file from outside the repository or
/// hang the build; sizes are checked before a byte is read, and reads are bounded even if the file grows meanwhile.
/// A refused file's bytes are never read, so they can never be echoed into a diagnostic.
/// </summary>
internal static class RepoFiles
{
    /// <summary>The kind of a path, not following links.</summary>
    public static EntryKind Probe(string fullPath)
    {
        if (NativeStat.Probe(fullPath) is { } kind)
        {
            return kind;
        }

        var info = new FileInfo(fullPath);
        if (!info.Exists && !Directory.Exists(fullPath) && info.LinkTarget is null)
        {
            return EntryKind.Missing;
        }

        if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return EntryKind.Symlink;
        }

        return info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Directory : EntryKind.File;
    }

    /// <summary>True when something (of any kind, even a dangling link) is at the path.</summary>
    public static bool Exists(string fullPath) => Probe(fullPath) != EntryKind.Missing;

    /// <summary>
    /// Why the file at <paramref name="relativePath"/> must not be read: the first component of the path (from the
    /// site root down) that is a link or a special file, or null when every component is a real folder or file.
    /// </summary>
    public static (string Component, EntryKind Kind)? Refusal(string fullPath, string relativePath)
    {
        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var root = RootOf(fullPath, relativePath);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = root is null ? fullPath : Path.Combine(current!, parts[i]);
            var kind = Probe(current);
            var last = root is null || i == parts.Length - 1;
            if (kind is EntryKind.Symlink or EntryKind.Special || (!last && kind == EntryKind.File))
            {
                return (string.Join('/', parts.Take(i + 1)), kind);
            }

            if (last)
            {
                return kind == EntryKind.Directory ? (relativePath, EntryKind.Directory) : null;
            }
        }

        return null;
    }

    /// <summary>Reads a whole regular file of at most <paramref name="maxBytes"/>; null (with a diagnostic) otherwise.</summary>
    public static byte[]? ReadBytes(string fullPath, string relativePath, long maxBytes, DiagnosticBag diagnostics)
    {
        if (Refusal(fullPath, relativePath) is { } refusal)
        {
            ReportRefused(refusal.Component, refusal.Kind, diagnostics);
            return null;
        }

        try
        {
            using var stream = new FileStream(fullPath, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read });
            if (stream.Length > maxBytes)
            {
                ReportTooLarge(relativePath, stream.Length, maxBytes, diagnostics);
                return null;
            }

            // Bounded even if the length changed after the check: read at most one byte past the limit.
            var buffer = new byte[(int)Math.Min(stream.Length, maxBytes) + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > maxBytes)
            {
                ReportTooLarge(relativePath, total, maxBytes, diagnostics);
                return null;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.NotRegularFile, SourceSpan.WholeFile(relativePath),
                $"无法读取 {relativePath}（{(ex is UnauthorizedAccessException ? "没有读取权限" : "读取出错")}）；请检查文件权限，或把它换成普通文件");
            return null;
        }
    }

    /// <summary>
    /// The names of the real sub-folders or regular files (<paramref name="wanted"/>; null for both) of a folder, in ordinal order; links and special entries
    /// are reported and left out, and a folder that is itself reached through a link yields nothing.
    /// </summary>
    public static IReadOnlyList<string> Entries(string fullDir, string relativeDir, EntryKind? wanted, DiagnosticBag diagnostics)
    {
        if (Refusal(fullDir, relativeDir) is { Kind: not EntryKind.Directory } refusal)
        {
            ReportRefused(refusal.Component, refusal.Kind, diagnostics);
            return [];
        }

        if (!Directory.Exists(fullDir))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var path in Directory.EnumerateFileSystemEntries(fullDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var kind = Probe(path);
            if (kind is EntryKind.Symlink or EntryKind.Special)
            {
                ReportRefused($"{relativeDir}/{name}", kind, diagnostics);
            }
            else if (wanted is null ? kind is EntryKind.File or EntryKind.Directory : kind == wanted)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Every regular file under a folder, recursively, as paths relative to that folder with '/' separators, in
    /// ordinal order. Links and special entries are reported and never entered, so a linked folder publishes nothing.
    /// </summary>
    public static IReadOnlyList<string> Tree(string fullDir, string relativeDir, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        Walk(fullDir, relativeDir, "", files, diagnostics);
        return files;
    }

    private static void Walk(string fullDir, string relativeDir, string prefix, List<string> files, DiagnosticBag diagnostics)
    {
        foreach (var name in Entries(fullDir, relativeDir, null, diagnostics))
        {
            var full = Path.Combine(fullDir, name);
            if (Probe(full) == EntryKind.Directory)
            {
                Walk(full, $"{relativeDir}/{name}", $"{prefix}{name}/", files, diagnostics);
            }
            else
            {
                files.Add(prefix + name);
            }
        }
    }

    public static void ReportRefused(string relative, EntryKind kind, DiagnosticBag diagnostics) =>
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NotRegularFile, SourceSpan.WholeFile(relative),
            kind == EntryKind.Symlink
                ? $"{relative} 是符号链接；为防止读入或发布仓库以外的文件，Gongkai 不跟随符号链接，没有读取它"
                : $"{relative} 不是普通文件（是管道、设备或套接字）；读取它可能永远等不到结束，Gongkai 没有读取它")
        {
            Fix = kind == EntryKind.Symlink ? "请删除这个链接，把要发布的文件本身复制到这里" : "请删除它，换成普通的文本文件",
        });

    private static void ReportTooLarge(string relative, long size, long max, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.WholeFile(relative),
            $"文件大小 {size:N0} 字节，超过上限 {max:N0} 字节；请检查是否误粘贴了大量内容，或把内容拆分到多个文件");

    /// <summary>The site root the relative path hangs from, or null when the full path does not end with it.</summary>
    private static string? RootOf(string fullPath, string relativePath)
    {
        var normalised = fullPath.Replace('\\', '/');
        var relative = relativePath.TrimStart('/');
        if (relative.Length == 0 || !normalised.EndsWith("/" + relative, StringComparison.Ordinal))
        {
            return null;
        }

        return fullPath[..^(relative.Length + 1)];
    }
}
