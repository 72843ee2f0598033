using System.Text.Json.Nodes;

namespace Gongkai.Schema;

/// <summary>
/// Small builders for JSON Schema (draft 2020-12) nodes. The shapes mirror what the loaders accept: a plain YAML
/// scalar is read as text by the loader whatever it looks like, amounts and integers may also be quoted, and an
/// empty value (<c>key:</c> or <c>~</c>) counts as absent, so optional keys also accept null.
/// </summary>
internal static class Json
{
    public static JsonObject Text(string description) => Typed(description, "string", "number", "boolean");

    public static JsonObject Id(string description) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$",
        ["description"] = description,
    };

    /// <summary>An amount in 万元: a number, or a quoted number as the loader's pattern accepts (no commas, no units).</summary>
    public static JsonObject Amount(string description) => new()
    {
        ["type"] = new JsonArray("number", "string"),
        ["pattern"] = "^-?[0-9]+(\\.[0-9]+)?$",
        ["description"] = description + "（万元，只写数字，如 123.45）",
    };

    public static JsonObject Integer(string description, int? minimum = null, int? maximum = null)
    {
        var node = new JsonObject { ["type"] = new JsonArray("integer", "string"), ["pattern"] = "^[+-]?[0-9]+$", ["description"] = description };
        if (minimum is { } min)
        {
            node["minimum"] = min;
        }

        if (maximum is { } max)
        {
            node["maximum"] = max;
        }

        return node;
    }

    public static JsonObject Bool(string description) => new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Enum(string description, params string[] values) => new() { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]), ["description"] = description };

    public static JsonObject Const(string description, string value) => new() { ["const"] = value, ["description"] = description };

    public static JsonObject Pattern(string description, string pattern) => new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };

    public static JsonObject List(string description, JsonObject items) => new() { ["type"] = "array", ["items"] = items, ["description"] = description };

    public static JsonObject TextList(string description) => List(description, new JsonObject { ["type"] = new JsonArray("string", "number") });

    /// <summary>A mapping with exactly these keys (unknown keys are GK1002 in the loader); required keys may not be empty.</summary>
    public static JsonObject Object(string description, IEnumerable<(string Key, JsonObject Schema, bool Required)> properties)
    {
        var props = new JsonObject();
        var required = new JsonArray();
        foreach (var (key, schema, isRequired) in properties)
        {
            props[key] = isRequired ? schema : Nullable(schema);
            if (isRequired)
            {
                required.Add(key);
            }
        }

        var node = new JsonObject { ["type"] = "object", ["description"] = description, ["properties"] = props, ["additionalProperties"] = false };
        if (required.Count > 0)
        {
            node["required"] = required;
        }

        return node;
    }

    /// <summary>A mapping whose keys are chosen by the author (ids) and whose values all have one shape.</summary>
    public static JsonObject Map(string description, JsonObject values) =>
        new() { ["type"] = "object", ["description"] = description, ["additionalProperties"] = values, ["minProperties"] = 1 };

    public static JsonObject Document(string id, string title, JsonObject body)
    {
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://gongkai.invalid/schemas/{id}",
            ["title"] = title,
        };
        foreach (var (key, value) in body)
        {
            document[key] = value?.DeepClone();
        }

        return document;
    }

    private static JsonObject Typed(string description, params string[] types) => new() { ["type"] = new JsonArray([.. types.Select(t => (JsonNode)t)]), ["description"] = description };

    /// <summary>The loader treats an empty value as absent; an optional key may therefore be null.</summary>
    private static JsonObject Nullable(JsonObject schema) =>
        new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }), ["description"] = schema["description"]?.DeepClone() };
}
