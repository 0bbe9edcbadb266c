using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases the reader cannot read yet, each with the error that says why (a layer the
/// library lacks, an argument it lacks, Keras Applications) — never an internal error, never a
/// wrong table.
/// </summary>
public class FunctionalSourceUnreadTests
{
    [Theory]
    [InlineData("0134", "Keras Applications")]
    public void A_case_the_reader_cannot_read_yet_says_why(string id, string reason)
    {
        var read = KerasSource.Parse(FunctionalSourceConformanceTests.ModelSource(id));
        var errors = read.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, d => d.Message.Contains("internal error"));
        Assert.True(errors.Any(d => d.Message.Contains(reason)), $"case {id}: {string.Join("\n", errors)}");
    }
}
