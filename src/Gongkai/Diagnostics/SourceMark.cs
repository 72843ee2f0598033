namespace Gongkai.Diagnostics;

/// <summary>A 1-based line and column in a source file, as YamlDotNet's <c>Mark</c> but validated.</summary>
public readonly struct SourceMark : IEquatable<SourceMark>, IComparable<SourceMark>
{
    /// <summary>The mark for "the file as a whole", used when no finer position exists.</summary>
    public static readonly SourceMark Start = new(1, 1);

    public SourceMark(int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public bool Equals(SourceMark other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is SourceMark other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Line, Column);

    public int CompareTo(SourceMark other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"{Line}:{Column}";

    public static bool operator ==(SourceMark left, SourceMark right) => left.Equals(right);

    public static bool operator !=(SourceMark left, SourceMark right) => !left.Equals(right);

    public static bool operator <(SourceMark left, SourceMark right) => left.CompareTo(right) < 0;

    public static bool operator >(SourceMark left, SourceMark right) => left.CompareTo(right) > 0;

    public static bool operator <=(SourceMark left, SourceMark right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SourceMark left, SourceMark right) => left.CompareTo(right) >= 0;
}
