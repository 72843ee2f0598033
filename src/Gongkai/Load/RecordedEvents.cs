using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gongkai.Load;

/// <summary>
/// Replays events already read once (by the limits pass) to YamlDotNet's node builder, so each file is scanned
/// and parsed once instead of twice (the scanner was half of the Load stage).
/// </summary>
internal sealed class RecordedEvents(List<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
