using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>json</c>: the machine-readable summary, schema <c>notebook-summary/1</c> (<see cref="JsonRenderer"/>);
/// several summaries go one a line (JSON Lines) into one stream.</summary>
internal sealed class JsonFormat() : OutputFormat(SummaryFormat.Json, "json",
    "JSON, schema notebook-summary/1 (docs/json-schema.md)", "application/json", ".json")
{
    // Each row's walkthrough object is most of a large model's document: only on request.
    public override void Render(ModelSummary summary, RenderOptions options, OutputSink output) =>
        JsonRenderer.Write(summary, output.Writer(),
            new JsonRenderOptions { Indented = options.IndentJson, IncludeWalkThrough = options.ExpandFormulas });
}
