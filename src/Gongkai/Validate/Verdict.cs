namespace Gongkai.Validate;

/// <summary>The outcome of comparing a published figure with the sum it should equal.</summary>
internal enum Verdict
{
    Equal,
    Rounding,
    Mismatch,
}
