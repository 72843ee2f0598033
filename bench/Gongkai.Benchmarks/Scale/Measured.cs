namespace Gongkai.Benchmarks.Scale;

/// <summary>One timed build: wall seconds, stage seconds (empty for Hugo), peak RSS, and what it wrote.</summary>
internal sealed record Measured(double Wall, IReadOnlyList<double> Stages, long PeakRssKb, int Files, long Bytes, int IndexFiles);
