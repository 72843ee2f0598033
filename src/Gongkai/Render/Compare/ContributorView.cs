namespace Gongkai.Render.Compare;

/// <summary>A unit contributing to an aggregate: its published amount and its disclosure's check status.</summary>
public sealed record ContributorView(string Name, string Url, string Amount, CheckStatus Status);
