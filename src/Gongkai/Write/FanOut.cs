namespace Gongkai.Write;

/// <summary>Passes each file to several sinks (the output and the search index).</summary>
internal sealed class FanOut(params IFileSink[] sinks) : IFileSink
{
    public void Add(OutputFile file)
    {
        foreach (var sink in sinks)
        {
            sink.Add(file);
        }
    }
}
