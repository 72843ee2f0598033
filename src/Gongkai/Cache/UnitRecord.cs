using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Cache;

/// <summary>
/// One unit as the model cache keeps it: the loaded unit (null when its folder did not load) and its load
/// diagnostics; and, once its disclosures were checked, the key of the site files the checks read and what they found.
/// </summary>
internal sealed record UnitRecord(Unit? Unit, IReadOnlyList<Diagnostic> Load, string? ChecksKey, IReadOnlyList<Diagnostic>? Checks);
