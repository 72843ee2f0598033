namespace Gongkai.Diagnostics;

/// <summary>One finding, printed like compiler output: <c>file:line:col: error GK2101: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>Set when a maintainer acknowledged this finding in findings.yml; it then no longer fails the build.</summary>
    public string? AcknowledgedNote { get; init; }

    /// <summary>What the maintainer should do; printed by the CLI, not shown to citizens on the site.</summary>
    public string? Fix { get; init; }

    /// <summary>The table kind id the finding is about, for matching acknowledgements and table pages.</summary>
    public string? Table { get; init; }

    /// <summary>Names the row answers to (code, name, project), for matching an acknowledgement's <c>row</c>.</summary>
    public IReadOnlyList<string> Row { get; init; } = [];

    /// <summary>For findings in prose: the figure with the words before it, for matching an acknowledgement's <c>quote</c>.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// The published figure the finding points at (149.07). An acknowledgement's note must quote it, so a later typo
    /// in an acknowledged cell is a new, unacknowledged finding instead of hiding behind the old note.
    /// </summary>
    public string? Figure { get; init; }

    /// <summary>
    /// Other files the finding concerns (the other table of a cross-table finding, the table a project or an
    /// explanation figure is compared with): its note is shown on their pages too.
    /// </summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    /// <summary>The column key the finding is about.</summary>
    public string? Column { get; init; }

    /// <summary>True when this diagnostic blocks a build: an error nobody acknowledged.</summary>
    public bool IsBlocking => Severity == Severity.Error && AcknowledgedNote is null;

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public override string ToString() => $"{Span}: {SeverityName(Severity)} {Code}: {Message}{(Fix is null ? "" : "；" + Fix)}";
}
