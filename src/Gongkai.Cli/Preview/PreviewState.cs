using Gongkai.Diagnostics;

namespace Gongkai.Cli.Preview;

/// <summary>
/// What the preview shows, swapped as one reference: the last good site (null until a build succeeds), the problems
/// of the latest build (empty when it succeeded) and a version that changes with every build, for live reload.
/// </summary>
internal sealed record PreviewState(SiteSnapshot? Site, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public static PreviewState Empty { get; } = new(null, [], 0);
}
