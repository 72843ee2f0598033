namespace Gongkai.Write;

/// <summary>The media type a host should send for each kind of file the build writes (text always as UTF-8).</summary>
internal static class ContentTypes
{
    public static string For(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };
}
