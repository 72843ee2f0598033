namespace Gongkai.Model;

/// <summary>第一部分 单位概况: functions, organisation and staffing as published.</summary>
public sealed record Profile(string? FunctionsIntro, IReadOnlyList<string> Functions, string Organisation, Staffing? Staffing);
