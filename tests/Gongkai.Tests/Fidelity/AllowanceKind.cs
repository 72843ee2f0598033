namespace Gongkai.Tests.Fidelity;

/// <summary>Which difference between a content table and its seed table an allowance explains.</summary>
internal enum AllowanceKind
{
    /// <summary>The content holds a published value more often than the seed table prints it (a cell filled in from the table's identities).</summary>
    Surplus,

    /// <summary>The seed table prints amounts that the content does not hold.</summary>
    Uncovered,
}
