namespace Gongkai.Index;

/// <summary>
/// A passage as a pack stores it: link, title, unit, year, its lines (text, detail), and how many passages of the
/// same link (<c>b</c>/<c>r</c>) and of the same page (<c>pb</c>/<c>pr</c>, written only where they differ) come
/// right before and after it: search.js learns from one passage which neighbours it need not show, and which
/// passages a query's words may be spread over.
/// </summary>
internal static class PassageJson
{
    public static byte[] Write(Passage passage, IndexLayout layout, (int Before, int After) link, (int Before, int After) page)
    {
        var p = passage.Page;
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("k", (int)p.Kind);
            json.WriteString("u", p.Url);
            if (p.Anchor is not null)
            {
                json.WriteString("a", p.Anchor);
            }

            json.WriteString("t", p.Title);
            if (p.Unit >= 0)
            {
                json.WriteString("n", layout.Units[p.Unit].DisplayName);
            }

            if (p.Group >= 0)
            {
                json.WriteNumber("y", layout.Groups[p.Group].Year);
            }

            Count(json, "b", link.Before);
            Count(json, "r", link.After);
            if (page != link)
            {
                Count(json, "pb", page.Before);
                Count(json, "pr", page.After);
            }

            json.WriteStartArray("l");
            foreach (var line in passage.Lines)
            {
                json.WriteStartArray();
                json.WriteStringValue(line.Text);
                if (line.Detail is not null)
                {
                    json.WriteStringValue(line.Detail);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Count(System.Text.Json.Utf8JsonWriter json, string name, int value)
    {
        if (value > 0)
        {
            json.WriteNumber(name, value);
        }
    }

    /// <summary>Chinese stays readable (and three bytes, not six) in JSON; the files are fetched as data, never inlined in HTML.</summary>
    public static readonly System.Text.Json.JsonWriterOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
