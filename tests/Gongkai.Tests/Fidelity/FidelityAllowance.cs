namespace Gongkai.Tests.Fidelity;

/// <summary>
/// An explained difference between a content table and its seed table. The actual difference must equal <see cref="Amounts"/>
/// exactly (as a multiset), so an allowance can neither hide a further difference nor outlive the one it explains.
/// </summary>
/// <param name="Reason">Why, pointing to the YAML comment in the table file that records it.</param>
internal sealed record FidelityAllowance(string Unit, int Year, int Table, AllowanceKind Kind, IReadOnlyList<decimal> Amounts, string Reason);
