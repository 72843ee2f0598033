namespace Gongkai.Model;

/// <summary>编制数 and 实有人数 with their breakdown; a missing figure was not published.</summary>
public sealed record Staffing(
    int? Authorised,
    int? Actual,
    int? InService,
    int? InServiceChange,
    int? Retired,
    int? RetiredChange,
    int? HonoraryRetired,
    int? HonoraryRetiredChange);
