namespace Gongkai.Tool;

/// <summary>
/// The default templates and content skeleton embedded in the tool (resource names <c>defaults/&lt;repository path&gt;</c>,
/// taken from this repository's templates/ and content/ at build time). A content repository installed with
/// <c>dotnet tool install</c> has no templates/ of its own; the Render stage then uses these.
/// </summary>
public static class DefaultFiles
{
    private const string Prefix = "defaults/";

    /// <summary>Repository-relative paths of every embedded default, e.g. <c>templates/layout.hbs</c>.</summary>
    public static IReadOnlyList<string> Paths { get; } =
        [.. typeof(DefaultFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>The embedded files under <paramref name="folder"/> (e.g. <c>templates/assets</c>), as paths relative to it.</summary>
    public static IEnumerable<string> Under(string folder) =>
        Paths.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal)).Select(p => p[(folder.Length + 1)..]);

    public static byte[] Bytes(string path)
    {
        using var stream = typeof(DefaultFiles).Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"no embedded default {path}", path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Text(string path) => System.Text.Encoding.UTF8.GetString(Bytes(path));
}
