using System.Globalization;
using System.Text;
using Gongkai.Load;

namespace Gongkai.Cache;

/// <summary>
/// The build cache in <c>.gongkai-cache/</c> beside content/: per output folder, one text file listing the files of
/// the last site written there (hash, size, mtime) and the render groups (key → files). It only ever saves work:
/// missing, unreadable, corrupt or from another tool version, it is ignored and rewritten; deleting it is always safe.
/// Each save also removes the lists no build can use again: those of output folders that no longer exist (or of another
/// format), and temporary files of builds killed while saving, so the folder does not grow with every --out ever used.
/// </summary>
internal sealed class BuildCache
{
    public const string FolderName = ".gongkai-cache";

    /// <summary>
    /// The format's first line; 2: file hashes are XxHash128; 3: the second line names the output folder (<c>O</c>), so
    /// a list whose folder is gone can be removed. A cache of another format is ignored, as any other.
    /// </summary>
    internal const string Header = "gongkai-cache 3";

    private readonly string? _file;
    private readonly string _output;

    private BuildCache(string? file, Dictionary<string, FileState> files, Dictionary<string, IReadOnlyList<(string Path, string Hash)>> groups, string output)
    {
        _file = file;
        _output = Path.GetFullPath(output);
        Files = files;
        Render = new DiskRenderCache(groups, files, output);
    }

    /// <summary>The files of the site currently in the output folder, as the last build wrote them.</summary>
    public IReadOnlyDictionary<string, FileState> Files { get; }

    public DiskRenderCache Render { get; }

    /// <summary>An empty cache that saves nothing (<c>--no-cache</c>).</summary>
    public static BuildCache None(string output) => new(null, [], [], output);

    /// <summary>Reads the cache of <paramref name="output"/>; never throws.</summary>
    public static BuildCache Load(string root, string output)
    {
        var folder = Path.Combine(root, FolderName);
        var file = Path.Combine(folder, $"site-{FileState.HashOf(Encoding.UTF8.GetBytes(Path.GetFullPath(output)))[..16]}.tsv");

        // Never read or write through a link: the cache folder is ours only if it is a real folder (or absent).
        if (RepoFiles.Probe(folder) is not (EntryKind.Directory or EntryKind.Missing))
        {
            return None(output);
        }

        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        var groups = new Dictionary<string, IReadOnlyList<(string Path, string Hash)>>(StringComparer.Ordinal);
        try
        {
            if (RepoFiles.Probe(file) == EntryKind.File && !Parse(File.ReadAllLines(file), files, groups))
            {
                files.Clear();
                groups.Clear();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files.Clear();
            groups.Clear();
        }

        return new BuildCache(file, files, groups, output);
    }

    /// <summary>Records the site just swapped in; a failure to save only costs the next build its shortcuts.</summary>
    public void Save(IReadOnlyDictionary<string, FileState> written)
    {
        if (_file is null || !Storable(_output))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temp = $"{_file}.tmp-{Environment.ProcessId}";

            // Streamed: the list is some 20 MB at 60,000 files, never built as one string.
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            {
                writer.Write(Header);
                writer.Write('\n');
                writer.Write($"O\t{_output}\n");
                foreach (var (path, state) in written.Where(kv => Storable(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"F\t{state.Hash}\t{state.Length}\t{state.MtimeTicks}\t{path}\n"));
                }

                foreach (var (key, entries) in Render.Next.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    foreach (var (path, hash) in entries.Where(e => Storable(e.Path)))
                    {
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"G\t{key}\t{hash}\t{path}\n"));
                    }
                }
            }

            File.Move(temp, _file, overwrite: true);
            Sweep(Path.GetDirectoryName(_file)!, _file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Read-only checkout or full disk: the site is written; only the shortcuts are lost.
        }
    }

    /// <summary>
    /// Removes the other outputs' lists whose folder no longer exists or that no build reads (another format), and
    /// temporary files of killed builds. Only regular files of our naming, in the cache folder itself.
    /// </summary>
    private static void Sweep(string folder, string kept)
    {
        Write.Leftovers.RemoveStaleTempFiles(folder);
        foreach (var path in Directory.EnumerateFiles(folder, "site-*.tsv"))
        {
            if (path != kept && RepoFiles.Probe(path) == EntryKind.File && !(OutputOf(path) is { } output && Directory.Exists(output)))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The output folder a list names on its second line, or null when it is not a list of this format.</summary>
    private static string? OutputOf(string list)
    {
        using var reader = new StreamReader(list, Encoding.UTF8);
        return reader.ReadLine() == Header && reader.ReadLine() is ['O', '\t', .. var output] && Path.IsPathRooted(output) ? output : null;
    }

    /// <summary>A cached path is read back below the output folder only: no absolute path, no "..".</summary>
    private static bool Safe(string path) => path.Length > 0 && !Path.IsPathRooted(path) && !path.Split('/').Any(p => p is ".." or "." or "");

    private static bool Storable(string path) => !path.Contains('\t', StringComparison.Ordinal) && !path.Contains('\n', StringComparison.Ordinal) && !path.Contains('\r', StringComparison.Ordinal);

    private static bool Parse(string[] lines, Dictionary<string, FileState> files, Dictionary<string, IReadOnlyList<(string Path, string Hash)>> groups)
    {
        if (lines.Length == 0 || lines[0] != Header)
        {
            return false;
        }

        var building = new Dictionary<string, List<(string Path, string Hash)>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts is ["F", var hash, var length, var mtime, var path]
                && long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                && long.TryParse(mtime, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && Safe(path))
            {
                files[path] = new FileState(hash, l, m);
            }
            else if (parts is ["O", _])
            {
                // The output folder this list is of (for Sweep); the file name already keys it.
            }
            else if (parts is ["G", var key, var groupHash, var groupPath] && Safe(groupPath))
            {
                if (!building.TryGetValue(key, out var list))
                {
                    building[key] = list = [];
                }

                list.Add((groupPath, groupHash));
            }
            else
            {
                return false;
            }
        }

        foreach (var (key, list) in building)
        {
            groups[key] = list;
        }

        return true;
    }
}
