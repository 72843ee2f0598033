namespace Gongkai.Index;

/// <summary>A passage's stored text (one element of a pack, d/…bin): where it links, its title, unit, year and lines (text, detail).</summary>
internal sealed record DocView(DocKind Kind, string Url, string? Anchor, string Title, string? Unit, int? Year, IReadOnlyList<(string Text, string? Detail)> Lines)
{
    /// <summary>Passages of the same link right before this one.</summary>
    public int Before { get; init; }

    /// <summary>Passages of the same link right after this one.</summary>
    public int After { get; init; }

    /// <summary>Passages of the same page (possibly another anchor) right before this one.</summary>
    public int PageBefore { get; init; }

    /// <summary>Passages of the same page right after this one.</summary>
    public int PageAfter { get; init; }

    /// <summary>The link target below the site base: page and anchor.</summary>
    public string Target => Anchor is null ? Url : $"{Url}#{Anchor}";

    /// <summary>True if every phrase of the query occurs in the title or the lines (compact forms compared).</summary>
    public bool Contains(IReadOnlyList<string> phrases)
    {
        var text = Tokenizer.Compact(Title) + "\n" + string.Join("\n", Lines.Select(l => Tokenizer.Compact(l.Text + " " + l.Detail)));
        return phrases.All(p => text.Contains(p, StringComparison.Ordinal));
    }
}
