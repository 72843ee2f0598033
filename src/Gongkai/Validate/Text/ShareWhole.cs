namespace Gongkai.Validate.Text;

/// <summary>
/// The whole a share (占 NN.NN%) is taken of, read from the words: the figures naming it (<see cref="Ways"/>, each a way
/// of writing the same total) and the words that said so (<see cref="Word"/>).
/// </summary>
/// <param name="ByShareWords">True when the words after 占 name the whole (“占支出总额的”), false when it is the <c>share_of</c> of the amount's own term.</param>
internal sealed record ShareWhole(string Word, IReadOnlyList<FigureCell> Ways, bool ByShareWords);
