namespace Gongkai.Build;

/// <summary>What a build was asked to do: where the site lives, where it goes, how strict to be, whether to use the build cache.</summary>
public sealed record BuildOptions(string Root, string? Output = null, bool Strict = false, bool WriteSite = true, bool NoCache = false);
