using Gongkai.Write;

namespace Gongkai.Tests.Write;

/// <summary>Removing an old site tree deletes the tree and its links, never what a link points at.</summary>
public sealed class TreeRemovalTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("units/x")]
    [InlineData("units/x/2025")]
    public void A_linked_folder_inside_the_tree_is_removed_as_a_link_and_its_target_kept(string linkAt)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-removal-").FullName;
        try
        {
            var outside = Path.Combine(work, "outside");
            Directory.CreateDirectory(Path.Combine(outside, "b", "c"));
            File.WriteAllText(Path.Combine(outside, "b", "c", "keep.txt"), "keep");
            var tree = Path.Combine(work, "tree");
            foreach (var folder in new[] { "units/y/2024/tables/t", "units/y/2025", "search-index/d" })
            {
                Directory.CreateDirectory(Path.Combine(tree, folder));
                File.WriteAllText(Path.Combine(tree, folder, "index.html"), "x");
            }

            var link = Path.Combine(tree, linkAt);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            Directory.CreateSymbolicLink(link, outside);

            TreeRemoval.Remove(tree);

            Assert.False(Directory.Exists(tree));
            Assert.Equal("keep", File.ReadAllText(Path.Combine(outside, "b", "c", "keep.txt")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
