using System.Text.Json;
using NotebookSummary.Cli;
using NotebookSummary.Tests.Functional;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>nbsummary model.py --format json</c> on every functional conformance case the reader reads, compared field by
/// field with Keras 3.15.1's expected.json: every field the JSON schema promises and expected.json states — the
/// model's name, class, layout, inputs, outputs, output structure and totals; each row's name, class, output shape,
/// parameter counts and Connected to (expected.json's <c>inbound</c>); a nested model's own rows, recursively.
/// </summary>
public class CliFunctionalJsonTests
{
    public static TheoryData<string> Cases => ConformanceCases.Functional();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_JSON_of_a_functional_source_states_what_Keras_reported(string id)
    {
        var c = ConformanceCase.Functional(id);
        var run = CliRunner.Run(c.ModelPath, "--format", "json");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        c.AssertJson(document.RootElement);
    }
}
