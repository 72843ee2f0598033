namespace Gongkai.Render.Compare;

/// <summary>A unit's 基本支出 and 人员经费 per 实有人数 (derived), with the published figures it divides.</summary>
public sealed record PerStaffView(string Unit, string Url, string Staff, string Basic, string BasicPerHead, string Personnel, string PersonnelPerHead, CheckStatus Status);
