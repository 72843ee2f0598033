using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>Where a citizen can check the published document: its title, issuer and date as printed, its address, the text.</summary>
internal sealed record SourceView(string? Title, string? Issuer, string? Date, string? Url, string? Note, string? Text)
{
    public static SourceView From(Disclosure d, Urls urls) => new(
        d.Source?.Title,
        d.Source?.Issuer ?? d.Publisher,
        d.Source?.Date ?? DateText(d.Published),
        d.Source?.Url,
        d.Source?.Note,
        d.SeedPresent ? urls.SourceText(d) : null);

    /// <summary>"2026-02-27" as the sources print it: "2026年2月27日"; anything else as written.</summary>
    public static string? DateText(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : iso;
}
