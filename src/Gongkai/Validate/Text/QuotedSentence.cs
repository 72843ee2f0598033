namespace Gongkai.Validate.Text;

/// <summary>One sentence of the explanations (split at 。；) and the figures quoted in it, in order.</summary>
internal sealed record QuotedSentence(string Text, int Line, IReadOnlyList<QuotedFigure> Figures)
{
    /// <summary>The headings the sentence is under (the last ## heading, then the last ### under it), for what its words mean.</summary>
    public string Heading { get; init; } = "";

    /// <summary>The position of a figure of this sentence in <see cref="Figures"/>.</summary>
    public int IndexOf(QuotedFigure figure)
    {
        for (var i = 0; i < Figures.Count; i++)
        {
            if (ReferenceEquals(Figures[i], figure))
            {
                return i;
            }
        }

        return -1;
    }
}
