namespace Gongkai.Write;

/// <summary>Where rendered files go as they are made (thread-safe): the staging folder of a build, or memory for the preview.</summary>
internal interface IFileSink
{
    void Add(OutputFile file);
}
