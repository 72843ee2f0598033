namespace Gongkai.Index;

/// <summary>Which words of a line's detail are searchable.</summary>
internal enum DetailTerms
{
    /// <summary>Only the numbers (a table row's amounts; its column labels would put 合计 on every row).</summary>
    Numbers,

    /// <summary>Everything (an indicator's 一级/二级指标 and basis).</summary>
    All,
}
