namespace Gongkai.Index;

/// <summary>Reads what <see cref="ByteWriter"/> wrote.</summary>
internal sealed class ByteReader(byte[] bytes, int offset = 0)
{
    public int Position { get; set; } = offset;

    public bool AtEnd => Position >= bytes.Length;

    public long VarInt()
    {
        var position = Position;
        var value = VarInt(bytes, ref position);
        Position = position;
        return value;
    }

    /// <summary>The varint at <paramref name="position"/> of <paramref name="span"/>, moving the position past it.</summary>
    public static long VarInt(ReadOnlySpan<byte> span, ref int position)
    {
        long value = 0;
        var shift = 0;
        while (true)
        {
            var b = span[position++];
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
