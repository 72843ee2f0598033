namespace Gongkai.Tests.Golden.Corpus;

/// <summary>
/// A broken input made by editing one file of a copy of the real site, and the finding it must raise:
/// <paramref name="Code"/> at <paramref name="File"/>:<paramref name="Line"/> (0 = anywhere in the file).
/// Warning-level codes are checked with <c>--strict</c>, so every case must exit 1.
/// </summary>
internal sealed record MutationCase(string Name, string File, Func<byte[], byte[]> Edit, int Line, string Code, bool Strict, string Description);
