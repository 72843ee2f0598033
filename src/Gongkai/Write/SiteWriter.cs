namespace Gongkai.Write;

/// <summary>
/// The Write stage: everything goes into a temporary folder beside the output, which is swapped in only
/// after every file was written, so a failed build leaves the previous site untouched. The site root gets the
/// marker file that lets the next build replace it; a folder without it is never replaced (see <see cref="OutputFolder"/>).
/// </summary>
public static class SiteWriter
{
    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"输出目录 {output} 没有上级目录");
        var name = Path.GetFileName(output);

        // Defence in depth: the pipeline reports this as a diagnostic before it gets here.
        if (OutputFolder.CheckReplaceable(output, files) is { } refusal)
        {
            throw new InvalidOperationException(refusal.Message);
        }

        Directory.CreateDirectory(parent);
        Leftovers.RemoveStale(parent, name);
        var staging = Leftovers.Staging(parent, name);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files.Where(f => f.Path != OutputFolder.MarkerName).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"输出路径 {file.Path} 越出了输出目录");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }

            File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
            Swap(staging, output, parent, name);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var old = Leftovers.Old(parent, name);
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        TryDelete(old);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build removes it once this process is gone.
        }
    }
}
