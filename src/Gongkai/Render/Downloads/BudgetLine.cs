namespace Gongkai.Render.Downloads;

/// <summary>
/// One published amount of one table cell, as a row of the Fiscal Data Package: where it is (unit, year,
/// table, section, row, column), how it is classified, and the amount in 万元 as published.
/// </summary>
internal sealed record BudgetLine(
    string Id,
    string UnitId,
    string UnitName,
    string Region,
    int Year,
    string Table,
    int TableNumber,
    string TableTitle,
    string Section,
    string Column,
    string ColumnLabel,
    string Direction,
    string FunctionalCode,
    string FunctionalName,
    string EconomicCode,
    string EconomicName,
    string Item,
    string Project,
    bool IsTotal,
    decimal Amount);
