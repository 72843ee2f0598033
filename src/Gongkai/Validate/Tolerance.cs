namespace Gongkai.Validate;

/// <summary>
/// Published tables round each addend to the published precision, so a sum of n addends may legitimately
/// differ from the printed total by up to n × tolerance (site.yml, default 0.01 万元).
/// </summary>
internal readonly record struct Tolerance(decimal PerAddend)
{
    public Verdict Judge(decimal expected, decimal actual, int addends)
    {
        var diff = Math.Abs(expected - actual);
        if (diff == 0)
        {
            return Verdict.Equal;
        }

        return diff <= PerAddend * Math.Max(1, addends) ? Verdict.Rounding : Verdict.Mismatch;
    }
}
