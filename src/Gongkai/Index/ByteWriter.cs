namespace Gongkai.Index;

/// <summary>A growing byte buffer with LEB128 unsigned varints, the integer encoding of every binary index file.</summary>
internal sealed class ByteWriter
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public ByteWriter VarInt(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "varints are unsigned");
        }

        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
        return this;
    }

    public ByteWriter Byte(byte value)
    {
        _bytes.Add(value);
        return this;
    }

    public ByteWriter Bytes(IEnumerable<byte> value)
    {
        _bytes.AddRange(value);
        return this;
    }

    /// <summary>Appends bytes as they are (a span: no enumerator per byte).</summary>
    public ByteWriter Raw(ReadOnlySpan<byte> value)
    {
        _bytes.AddRange(value);
        return this;
    }

    public byte[] ToArray() => [.. _bytes];

    /// <summary>Copies the bytes written so far to <paramref name="target"/> (at least <see cref="Length"/> long).</summary>
    public void CopyTo(Span<byte> target) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bytes).CopyTo(target);

    public static int VarIntLength(long value)
    {
        var n = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            n++;
        }

        return n;
    }
}
