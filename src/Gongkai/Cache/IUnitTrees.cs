namespace Gongkai.Cache;

/// <summary>What the load read of each unit's folder, so the unit-year keys need not read the files again.</summary>
internal interface IUnitTrees
{
    /// <summary>The unit's folder as loaded, or null when the load did not key it (then the files are read again).</summary>
    UnitTree? Tree(string unitId);
}
