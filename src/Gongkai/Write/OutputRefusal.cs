namespace Gongkai.Write;

/// <summary>Why a folder may not receive the site: a stable diagnostic code and a Chinese message saying what to change.</summary>
public sealed record OutputRefusal(string Code, string Message);
