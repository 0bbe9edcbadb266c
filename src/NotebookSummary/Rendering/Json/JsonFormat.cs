using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>json</c>: the machine-readable summary, schema <c>notebook-summary/1</c> (<see cref="JsonRenderer"/>).</summary>
internal sealed class JsonFormat : OutputFormat
{
    public override SummaryFormat Format => SummaryFormat.Json;

    public override string Name => "json";

    public override string Description => "JSON, schema notebook-summary/1 (docs/json-schema.md)";

    public override string MimeType => "application/json";

    public override string FileExtension => ".json";

    // Several summaries go one a line (JSON Lines) into one stream.
    public override bool IsWholeDocument => false;

    // Each row's walkthrough object is most of a large model's document: only on request.
    public override string Render(ModelSummary summary, RenderOptions options) =>
        JsonRenderer.Render(summary, new JsonRenderOptions { Indented = options.IndentJson, IncludeWalkThrough = options.ExpandFormulas });
}
