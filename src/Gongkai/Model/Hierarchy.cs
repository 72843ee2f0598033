namespace Gongkai.Model;

/// <summary>Where a row's level comes from.</summary>
public enum Hierarchy
{
    /// <summary>No codes: the row's <c>level</c> field.</summary>
    Outline,

    /// <summary>Functional classification: 类 3 digits, 款 5, 项 7.</summary>
    Functional,

    /// <summary>Economic classification: 类 3 digits, 款 5.</summary>
    Economic,
}
