namespace Gongkai.Index;

/// <summary>Reads what <see cref="ByteWriter"/> wrote.</summary>
internal sealed class ByteReader(byte[] bytes, int offset = 0)
{
    public int Position { get; set; } = offset;

    public bool AtEnd => Position >= bytes.Length;

    public long VarInt()
    {
        long value = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[Position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    public int Int() => checked((int)VarInt());

    public byte Byte() => bytes[Position++];

    public ReadOnlySpan<byte> Span(int length)
    {
        var span = bytes.AsSpan(Position, length);
        Position += length;
        return span;
    }
}
