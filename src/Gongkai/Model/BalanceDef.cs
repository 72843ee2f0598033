namespace Gongkai.Model;

/// <summary>收入总计 = 支出总计: the total of one section's column equals the other's.</summary>
public sealed record BalanceDef(string Left, string Right, string LeftColumn, string RightColumn);
