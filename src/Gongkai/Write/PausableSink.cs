namespace Gongkai.Write;

/// <summary>
/// A sink whose writers wait while <paramref name="open"/> is reset: the preview pauses its background render of the
/// whole site (its jobs stop at their next file) while it renders an edited unit, so the edit gets both cores.
/// </summary>
internal sealed class PausableSink(IFileSink inner, ManualResetEventSlim open) : IFileSink
{
    public void Add(OutputFile file)
    {
        open.Wait();
        inner.Add(file);
    }
}
