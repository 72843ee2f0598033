namespace Gongkai.Index;

/// <summary>
/// One run of the index (the passages of one kind of one disclosure, or of a site-wide group) as the assembler needs
/// it: each passage's pack JSON and its sorted terms, and the files of the pages it came from. None of it depends
/// on where the run falls in the index (the JSON names units and years, never positions), so a run is cached by
/// its disclosure's inputs alone (<see cref="IIndexRunCache"/>).
/// </summary>
internal sealed record IndexRun(byte[][] Json, (string Term, int Weight)[][] Terms, string[] Files);
