namespace Gongkai.Load;

/// <summary>The published source texts in seeds/: a disclosure names its own by file name, and the site offers it for download.</summary>
internal static class SeedFiles
{
    public const string Folder = "seeds";

    /// <summary>The seed texts are a few hundred kilobytes; anything far larger is not a seed.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>A plain file name (no folder, no leading dot), so a seed can never name a file outside seeds/.</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 200 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    public static bool Exists(string root, string name) =>
        IsPlainName(name) && RepoFiles.Probe(Path.Combine(root, Folder, name)) == EntryKind.File;

    public static byte[]? Read(string root, string name) =>
        IsPlainName(name) ? RepoFiles.ReadBytes(Path.Combine(root, Folder, name), $"{Folder}/{name}", MaxBytes, new Diagnostics.DiagnosticBag()) : null;
}
