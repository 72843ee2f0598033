namespace Gongkai.Cli;

/// <summary>Writes the files a command creates (init, new, schemas) with LF endings, printing each repository path.</summary>
internal static class FileOutput
{
    /// <summary>Writes a file that does not exist yet; the callers check for clashes first and never overwrite.</summary>
    public static void WriteNew(string root, string relative, string text, TextWriter stdout)
    {
        var full = Path.Combine(root, relative);
        if (Path.Exists(full))
        {
            throw new IOException($"{relative} already exists");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        stdout.WriteLine($"已创建 {relative}");
    }
}
