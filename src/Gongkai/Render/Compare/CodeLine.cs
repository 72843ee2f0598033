using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>One published row under a classification code: whose, which table, and the section's total row (for shares).</summary>
internal sealed record CodeLine(Unit Unit, Disclosure Disclosure, BudgetTable Table, TableSection Section, TableRow Row, string Anchor, TableRow? Total);
