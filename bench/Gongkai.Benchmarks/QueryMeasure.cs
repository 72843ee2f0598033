namespace Gongkai.Benchmarks;

/// <summary>One query on one site: bytes a cold browser fetched to show the first results, and recall over all results.</summary>
internal sealed record QueryMeasure(
    string Query,
    int Expected,
    long OurBytes,
    long OurGzip,
    int OurRequests,
    int OurResults,
    double? OurRecall,
    IReadOnlyList<string> OurMisses,
    long PagefindBytes,
    long PagefindRuntime,
    int PagefindRequests,
    int PagefindResults,
    double? PagefindRecall,
    IReadOnlyList<string> PagefindMisses);
