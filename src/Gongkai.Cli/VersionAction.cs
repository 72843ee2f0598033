using System.CommandLine;
using System.CommandLine.Invocation;
using Gongkai.Tool;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai --version</c> prints the library's informational version (the one in the pages' meta generator), not
/// the entry assembly's: in-process runs (tests) have another entry assembly.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(ToolVersion.Informational);
        return 0;
    }
}
