namespace Gongkai.Build;

/// <summary>What a build was asked to do: where the site lives, where it goes, how strict to be.</summary>
public sealed record BuildOptions(string Root, string? Output = null, bool Strict = false, bool WriteSite = true);
