using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>A template failed while a page rendered; carries the GK0002 diagnostic up through the parallel render.</summary>
public sealed class TemplateFailure(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
