using Gongkai.Model;

namespace Gongkai.Validate.Text;

/// <summary>The figures an amount of the explanations means (<see cref="Ways"/>), by the words before it (<see cref="Word"/>).</summary>
/// <param name="Every">True when the amount must equal every way (a headline named by several tables), false for any (a row name published twice).</param>
internal sealed record MeantFigure(TextTerm Term, string Word, IReadOnlyList<FigureCell> Ways, bool Every);
