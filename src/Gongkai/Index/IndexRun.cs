namespace Gongkai.Index;

/// <summary>
/// One run of the index (the passages of one kind of one disclosure, or of a site-wide group) as the assembler needs
/// it: each passage's pack JSON, the run's postings by term (<see cref="TermRun"/>), and the files of the pages it came from. None of it depends
/// on where the run falls in the index (the JSON names units and years, never positions), so a run is cached by
/// its disclosure's inputs alone (<see cref="IIndexRunCache"/>).
/// </summary>
internal sealed record IndexRun(byte[][] Json, TermRun[] Postings, string[] Files)
{
    /// <summary>A run of passages given with their sorted terms.</summary>
    public static IndexRun Of(byte[][] json, (string Term, int Weight)[][] terms, string[] files) => new(json, TermRun.Of(terms), files);
}
