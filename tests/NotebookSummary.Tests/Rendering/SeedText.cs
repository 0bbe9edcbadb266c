namespace NotebookSummary.Tests.Rendering;

/// <summary>Reads printouts out of the seed documents in TestData/seeds.</summary>
internal static class SeedText
{
    /// <summary>The lines of the seed whose file name starts with <paramref name="number"/> (e.g. "001").</summary>
    public static string[] Lines(string number)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");
        var file = Directory.GetFiles(dir, number + "_*.txt").Single();
        return File.ReadAllLines(file);
    }

    /// <summary>
    /// The printout following the line <paramref name="anchor"/>: from the first line that starts a printout
    /// (<paramref name="isStart"/>) to the line before the first line matching <paramref name="isEnd"/>.
    /// </summary>
    public static List<string> Block(string[] lines, string anchor, Func<string, bool> isStart, Func<string, bool> isEnd)
    {
        int i = Array.IndexOf(lines, anchor);
        Assert.True(i >= 0, $"anchor '{anchor}' not found");
        while (!isStart(lines[i])) i++;
        var block = new List<string>();
        for (; i < lines.Length && !isEnd(lines[i]); i++) block.Add(lines[i]);
        return block;
    }
}
