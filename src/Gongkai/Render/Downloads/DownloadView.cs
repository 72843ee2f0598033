namespace Gongkai.Render.Downloads;

/// <summary>A download on the data page: its file, size and what it holds.</summary>
public sealed record DownloadView(string Name, string Url, string Size, string Description);
