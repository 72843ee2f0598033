using Gongkai.Diagnostics;

namespace Gongkai.Validate;

/// <summary>What the checks of a unit's disclosures found in an earlier build, kept while nothing they read has changed.</summary>
internal interface ICheckCache
{
    /// <summary>The diagnostics the checks found for the unit, or null when they must run.</summary>
    IReadOnlyList<Diagnostic>? Checked(string unitId);

    /// <summary>Keeps what the checks found for the unit (called only for units <see cref="Checked"/> had nothing for).</summary>
    void Store(string unitId, IReadOnlyList<Diagnostic> found);
}
