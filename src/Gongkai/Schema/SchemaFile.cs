using System.Text.Json.Nodes;

namespace Gongkai.Schema;

/// <summary>One generated JSON Schema: its file name, the content files it describes (a glob from the repository root) and the schema.</summary>
public sealed record SchemaFile(string FileName, string Glob, JsonObject Schema);
