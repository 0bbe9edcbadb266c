using CsCheck;
using Xunit.Abstractions;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Property tests (CsCheck) over the whole pipeline: the Keras reader, the summarizer and every renderer, fed with
/// mutated real sources, structural token soup, random C#-API models, hostile names and edge render options. Plain
/// <c>dotnet test</c> runs a fixed set of 3,400 cases; <c>NBSUMMARY_FUZZ_ITERATIONS=100000</c> runs a long
/// random campaign (see <see cref="FuzzSettings"/> and the README).
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_sources_read_summarize_and_render_without_exceptions_or_injected_markup() =>
        FuzzRunner.Run(MutatedSource.Gen(maxEdits: 4, maxNameLength: 3_000),
            source => KerasPipelineCheck.Run(source.Text, EveryOutput.AssertWellFormed),
            ciCases: 1_200, print: s => s.ToString(), log: output.WriteLine);

    [Fact]
    public void Token_soup_reads_and_renders_without_exceptions() =>
        FuzzRunner.Run(TokenSoup.Gen,
            soup => KerasPipelineCheck.Run(soup.Text, EveryOutput.AssertWellFormed),
            ciCases: 400, print: s => s.ToString(), log: output.WriteLine);

    [Fact]
    public void Random_models_summarize_and_render_without_exceptions_or_injected_markup() =>
        FuzzRunner.Run(RandomModel.Gen(maxLayers: 12),
            model => EveryOutput.AssertWellFormed(model.Build().Summarize()),
            ciCases: 1_200, print: m => m.ToString(), log: output.WriteLine);

    [Fact]
    public void Edge_render_options_are_clamped_or_refused_never_a_crash() =>
        FuzzRunner.Run(Gen.Select(RandomModel.Gen(maxLayers: 6), RandomRenderOptions.Gen),
            c =>
            {
                var summary = c.Item1.Build().Summarize();
                foreach (var rendered in c.Item2.Render(summary)) EveryOutput.AssertWellFormed(rendered, summary);
            },
            ciCases: 300, print: c => $"{c.Item1}\nrendered with\n{c.Item2}", log: output.WriteLine);

    [Fact]
    public void Hostile_names_reach_no_output_as_raw_control_characters() =>
        FuzzRunner.Run(HostileNamedModel.Gen(maxExtraLength: 3_000),
            model =>
            {
                var summary = model.Build().Summarize();
                EveryOutput.AssertWellFormed(summary);
                EveryOutput.AssertNoRawControlCharacters(summary);
            },
            ciCases: 300, print: m => m.ToString(), log: output.WriteLine);
}
