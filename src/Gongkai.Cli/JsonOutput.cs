using System.Text.Json;

namespace Gongkai.Cli;

/// <summary>How the tool writes JSON (reports, schemas, settings): indented, Chinese kept as characters, not \u escapes.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
