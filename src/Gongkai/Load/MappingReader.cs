using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>
/// Typed, position-keeping access to a YAML mapping. Every key read is remembered so that
/// <see cref="ReportUnknown"/> can flag the rest: a misspelt key must never pass silently.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private MappingReader(YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceSpan Span => SpanOf(_node, File);

    /// <summary>Wraps a node that must be a mapping; reports <c>GK1004</c> and returns null otherwise.</summary>
    public static MappingReader? From(YamlNode? node, string file, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, file, diagnostics);
        }

        if (node is not null)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node, file), $"{what}应为键值对（key: value），这里是{Describe(node)}");
        }

        return null;
    }

    public static SourceSpan SpanOf(YamlNode node, string file) =>
        node.Start.Line >= 1 && node.Start.Column >= 1
            ? new SourceSpan(file, new SourceMark((int)node.Start.Line, (int)node.Start.Column))
            : SourceSpan.WholeFile(file);

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "键值对",
        YamlSequenceNode => "列表",
        YamlScalarNode s when IsNull(s) => "空值",
        YamlScalarNode s => $"“{Shorten(s.Value ?? "")}”",
        _ => "未知内容",
    };

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is { } value && !IsNull(value);

    /// <summary>The value node of a key (marking the key known), or null when absent or empty.</summary>
    public YamlNode? Node(string key, bool required = false, string? what = null)
    {
        _known.Add(key);
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required)
            {
                Diagnostics.Error(DiagnosticCodes.MissingField, value is null ? Span : SpanOf(value, File),
                    $"缺少必填字段 “{key}”{(what is null ? "" : $"（{what}）")}；请补上");
            }

            return null;
        }

        return value;
    }

    public SourceSpan SpanOfKey(string key)
    {
        foreach (var (k, _) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return SpanOf(k, File);
            }
        }

        return Span;
    }

    public SourceSpan SpanOfValue(string key) => Find(key) is { } value ? SpanOf(value, File) : Span;

    public string? String(string key, bool required = false, string? what = null)
    {
        var node = Node(key, required, what);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            Markup.Check(scalar.Value ?? "", SpanOf(node, File), Diagnostics);
            ControlCharacters.Check(scalar.Value ?? "", SpanOf(node, File), Diagnostics);
            return scalar.Value ?? "";
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node, File), $"“{key}” 应为一段文字，这里是{Describe(node)}");
        return null;
    }

    public int? Int(string key, bool required = false, string? what = null)
    {
        var node = Node(key, required, what);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node, File), $"“{key}” 应为整数，这里是{Describe(node)}");
        return null;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var node = Node(key);
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node, File), $"“{key}” 应为 true 或 false，这里是{Describe(node)}");
        return fallback;
    }

    /// <summary>
    /// A head count (编制、实有人数 …): a whole number, never negative. Changes (…_change) are read with <see cref="Int"/>.
    /// </summary>
    public int? Count(string key)
    {
        var value = Int(key);
        if (value < 0)
        {
            Diagnostics.Error(DiagnosticCodes.OutOfRange, SpanOfValue(key), $"“{key}” 是人数，不能是负数 {value}；请照原文填写（增减数写在 …_change 中）");
            return null;
        }

        return value;
    }

    /// <summary>An amount in 万元 as published: digits with an optional decimal part, keeping its scale.</summary>
    public decimal? Amount(string key, bool required = false, string? what = null)
    {
        var node = Node(key, required, what);
        return node is null ? null : ParseAmount(node, key, File, Diagnostics);
    }

    public static decimal? ParseAmount(YamlNode node, string key, string file, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            var trimmed = text.Trim();
            if (AmountPattern().IsMatch(trimmed))
            {
                return AmountRange.Check(trimmed, SpanOf(node, file), key, diagnostics);
            }

            var hint = trimmed.Contains(',', StringComparison.Ordinal) ? "不要写千分位逗号，" :
                trimmed.EndsWith('%') ? "金额不带百分号，" :
                trimmed.Contains('万', StringComparison.Ordinal) ? "金额不带单位（单位统一为万元），" : "";
            diagnostics.Error(DiagnosticCodes.InvalidAmount, SpanOf(node, file),
                $"“{key}” 的金额 “{Shorten(trimmed)}” 不是数字；{hint}请写成如 123.45 的数字，原表空白的格子请删除这个键");
            return null;
        }

        diagnostics.Error(DiagnosticCodes.InvalidAmount, SpanOf(node, file), $"“{key}” 应为金额数字，这里是{Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false, string? what = null)
    {
        var node = Node(key, required, what);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node, File), $"“{key}” 应为列表（每项以 “- ” 开头），这里是{Describe(node)}");
        return null;
    }

    public MappingReader? Mapping(string key, bool required = false, string? what = null) =>
        From(Node(key, required, what), File, Diagnostics, $"“{key}” ");

    /// <summary>A list of strings; a single string is not silently promoted.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !IsNull(item))
            {
                Markup.Check(text, SpanOf(item, File), Diagnostics);
                ControlCharacters.Check(text, SpanOf(item, File), Diagnostics);
                result.Add(text);
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item, File), $"“{key}” 的每一项应为一段文字，这里是{Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>Keys not read yet, with their value nodes (for rows whose columns come from the table kind).</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceSpan KeySpan)> Unread()
    {
        foreach (var (k, v) in _node.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!_known.Contains(key))
            {
                yield return (key, v, SpanOf(k, File));
            }
        }
    }

    public void MarkKnown(string key) => _known.Add(key);

    /// <summary>Reports every key not read, suggesting the nearest key the program reads here.</summary>
    public void ReportUnknown(string where)
    {
        // Suggest from and list only the keys that were read: unknown keys must not join the list, or each of
        // 10,000 misspelt keys would list every one before it (quadratic time and output).
        var expected = _known.Order(StringComparer.Ordinal).ToList();
        var listed = string.Join("、", expected);
        foreach (var (key, _, span) in Unread().ToList())
        {
            if (ControlCharacters.Check(key, span, Diagnostics))
            {
                _known.Add(key);
                continue; // a key with a hidden character: say so rather than "unknown key"
            }

            var suggestion = Suggest(key, expected);
            Diagnostics.Error(DiagnosticCodes.UnknownKey, span,
                $"{where}中没有 “{Shorten(key)}” 这个键{(suggestion is null ? "" : $"，是否应为 “{suggestion}”")}；可用的键：{listed}");
        }

        foreach (var (key, _, _) in Unread().ToList())
        {
            _known.Add(key);
        }
    }

    public static string? Suggest(string key, IEnumerable<string> candidates)
    {
        if (key.Length > 64)
        {
            return null; // no key is that long; the distance table would be key length × candidate length
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Levenshtein(key, candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions ("basci" → "basic" is 1).</summary>
    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    internal static string Shorten(string text) => ControlCharacters.Printable(text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…"));

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex AmountPattern();
}
