using System.Text;

namespace Gongkai.Render;

/// <summary>
/// The text of one template run, in a char buffer each render thread keeps and reuses (issue 14: a page used to cost
/// a growing StringBuilder and its string for the body and again for the layout, about eight times its bytes in
/// garbage). Only the final UTF-8 bytes are allocated per page.
/// </summary>
internal sealed class PageWriter : TextWriter
{
    private char[] _buffer = new char[16 * 1024];
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What was written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_buffer.Length - _length < buffer.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    private void Grow(int needed) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));
}
