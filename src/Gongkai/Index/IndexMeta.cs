using System.Text;

namespace Gongkai.Index;

/// <summary>meta.json: the version, the build id every other fetch carries, and what the search page needs first.</summary>
internal static class IndexMeta
{
    public static string Json(IndexLayout layout, int docs, int shards, string id)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, PassageJson.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchIndexBuilder.Version);
            json.WriteString("id", id);
            json.WriteNumber("docs", docs);
            json.WriteNumber("shards", shards);
            json.WriteNumber("maxPairs", Tokenizer.MaxPairsPerRun);
            json.WriteStartArray("years");
            foreach (var year in layout.Years)
            {
                json.WriteNumberValue(year);
            }

            json.WriteEndArray();
            json.WriteStartArray("regions");
            foreach (var region in layout.Regions)
            {
                json.WriteStringValue(region.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("kinds");
            foreach (var kind in DocKinds.All)
            {
                json.WriteStringValue(DocKinds.Label(kind));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
