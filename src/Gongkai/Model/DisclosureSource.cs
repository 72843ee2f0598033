namespace Gongkai.Model;

/// <summary>
/// The published document a disclosure reproduces: its title as printed (null when the source prints none), the date and
/// issuer printed at its end, and where it can be read (null when no address is known).
/// </summary>
public sealed record DisclosureSource(string? Title, string? Date, string? Issuer, string? Url, string? Note);
