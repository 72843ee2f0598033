using Gongkai.Diagnostics;
using YamlDotNet.Core.Events;

namespace Gongkai.Load;

/// <summary>
/// Structural limits checked on the event stream, before YamlDotNet builds its node tree: building and walking
/// the tree recurse, so 100,000 levels of nesting would overflow the stack, and aliases would let a small file
/// expand into an exponential walk. Real content nests five levels at most and has a few dozen keys per mapping.
/// </summary>
internal sealed class YamlLimits(string file, DiagnosticBag diagnostics)
{
    /// <summary>Deepest nesting accepted (a table row is at level 3; 64 leaves room for any sane layout).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most keys in one mapping (a row has at most ~15; a table kind's columns a few dozen).</summary>
    public const int MaxKeysPerMapping = 1000;

    private readonly Stack<(bool Mapping, int Nodes)> _open = new();

    /// <summary>False (after one diagnostic) at the first event that breaks a limit.</summary>
    public bool Accept(ParsingEvent current)
    {
        if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
        {
            return Fail(current, "内容文件不使用 YAML 锚点和别名（&名称、*名称）；请把重复的内容直接写出来");
        }

        if (current is NodeEvent && _open.TryPeek(out var parent))
        {
            _open.Pop();
            _open.Push((parent.Mapping, parent.Nodes + 1));
            if (parent.Mapping && (parent.Nodes + 1) / 2 > MaxKeysPerMapping)
            {
                return Fail(current, $"一个键值对里的键超过 {MaxKeysPerMapping:N0} 个；请检查是否误粘贴了大量内容");
            }
        }

        switch (current)
        {
            case MappingStart or SequenceStart:
                _open.Push((current is MappingStart, 0));
                if (_open.Count > MaxDepth)
                {
                    return Fail(current, $"嵌套超过 {MaxDepth} 层；内容文件最多只有几层缩进，请检查是否有多余的括号或缩进");
                }

                break;
            case MappingEnd or SequenceEnd:
                _open.TryPop(out _);
                break;
        }

        return true;
    }

    private bool Fail(ParsingEvent at, string message)
    {
        diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(file, new SourceMark(Math.Max(1, (int)at.Start.Line), Math.Max(1, (int)at.Start.Column))), message);
        return false;
    }
}
