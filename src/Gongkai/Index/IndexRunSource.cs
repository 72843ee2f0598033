using Gongkai.Model;

namespace Gongkai.Index;

/// <summary>Where runs of earlier builds are kept, and the key of a disclosure's run of one kind (everything it is made from).</summary>
internal sealed record IndexRunSource(IIndexRunCache Cache, Func<DocKind, Disclosure, string> Key);
