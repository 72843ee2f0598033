namespace Gongkai.Index;

/// <summary>Where on a page a line sits; a term in a title or a row label ranks above one in running text.</summary>
internal enum LineRole
{
    Body = 0,
    Label = 2,
    Title = 3,
}
