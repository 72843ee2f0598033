namespace Gongkai.Render.Downloads;

/// <summary>Fiscal Data Packages and the bulk archive of the site's data.</summary>
internal static class DataPackages
{
    public const string Folder = "data/";
}
