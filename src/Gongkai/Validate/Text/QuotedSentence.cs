namespace Gongkai.Validate.Text;

/// <summary>One sentence of the explanations (split at 。；) and the figures quoted in it, in order.</summary>
internal sealed record QuotedSentence(string Text, int Line, IReadOnlyList<QuotedFigure> Figures);
