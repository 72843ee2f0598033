namespace Gongkai.Write;

/// <summary>A file of the built site: a path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
