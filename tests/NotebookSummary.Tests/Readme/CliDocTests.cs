using NotebookSummary.Tests.Interactive;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Readme;

/// <summary>docs/cli.md is where a user learns the formats: its <c>--format</c> table has a row for each of the seven.</summary>
public class CliDocTests
{
    [Fact]
    public void The_format_table_has_a_row_for_every_format()
    {
        string doc = RepositoryFiles.Read("docs/cli.md");
        var rows = doc.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1]).ToList();
        foreach (var name in FormatSpec.Names)
            Assert.Contains(name, rows);
    }
}
