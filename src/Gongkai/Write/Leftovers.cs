using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Write;

/// <summary>
/// The temporary folders a write leaves beside the output (<c>.NAME.tmp-PID-GUID</c>, <c>.NAME.old-PID-GUID</c>) and
/// the removal of stale ones: only this naming pattern, only beside this output, only real folders (not links),
/// only when the process that made them is gone; another build still running keeps its folder.
/// </summary>
internal static partial class Leftovers
{
    public static string Staging(string parent, string name) => Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static string Old(string parent, string name) => Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Removes the stale temporary folders of the output <paramref name="name"/> in <paramref name="parent"/>; returns them.</summary>
    public static IReadOnlyList<string> RemoveStale(string parent, string name)
    {
        var removed = new List<string>();
        if (!Directory.Exists(parent))
        {
            return removed;
        }

        foreach (var dir in new DirectoryInfo(parent).EnumerateDirectories($".{name}.*"))
        {
            var match = Pattern().Match(dir.Name);
            if (!match.Success || dir.Name[1..(match.Groups["kind"].Index - 1)] != name || dir.LinkTarget is not null
                || !int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || IsAlive(pid))
            {
                continue;
            }

            try
            {
                TreeRemoval.Remove(dir.FullName);
                removed.Add(dir.FullName);
            }
            catch (IOException)
            {
                // Another build removed it first, or it is busy: try again next time.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to remove after all.
            }
        }

        return removed;
    }

    /// <summary>
    /// True when <paramref name="name"/> is a temporary file a cache writes before its rename (<c>NAME.tmp-PID</c> or
    /// <c>NAME.tmp-PID-THREAD</c>) and the process that wrote it is gone: a build killed mid-save left it.
    /// </summary>
    private static bool IsStaleTempFile(string name) =>
        TempFile().Match(name) is { Success: true } match
        && (!int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || !IsAlive(pid));

    /// <summary>Deletes the regular files in <paramref name="folder"/> (not below it) that <see cref="IsStaleTempFile"/> names.</summary>
    public static void RemoveStaleTempFiles(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.tmp-*"))
        {
            if (IsStaleTempFile(Path.GetFileName(path)) && Load.RepoFiles.Probe(path) == Load.EntryKind.File)
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\A\..+\.(?<kind>tmp|old)-(?<pid>[0-9]{1,10})-[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\.tmp-(?<pid>[0-9]{1,10})(-[0-9]{1,10})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TempFile();
}
