namespace Gongkai.Validate;

/// <summary>Published labels differ in spacing only (“合 计”, “科学技术 支出”), which is not a different label.</summary>
internal static class Labels
{
    /// <summary>The text without any whitespace, for comparing labels, row names and quotes.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
