using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// The JSON of one input: <c>"file"</c>, then the summary fields of schema <c>notebook-summary/1</c>
/// (docs/json-schema.md), then <c>"diagnostics"</c>. An input without a summary (unreadable, or a source too broken
/// to yield a model) still gets an object, with <c>"valid": false</c> and its diagnostics, so every input has its line.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes the object to <paramref name="output"/> as it is produced: indented, or on one line for JSON
    /// Lines; always ending with a newline.</summary>
    public static void Write(TextWriter output, string? file, ModelSummary? summary, IReadOnlyList<InputProblem> problems,
        bool oneLine, bool walkThroughs)
    {
        using (var w = JsonRenderer.CreateWriter(output, indented: !oneLine))
        {
            w.WriteStartObject();
            if (file is null) w.WriteNull("file");
            else w.WriteString("file", file);
            if (summary is not null)
            {
                JsonRenderer.WriteSummaryFields(w, summary, new JsonRenderOptions { IncludeWalkThrough = walkThroughs });
            }
            else
            {
                w.WriteString("format", JsonRenderer.Format);
                w.WriteBoolean("valid", false);
            }
            WriteProblems(w, problems);
            w.WriteEndObject();
        }
        output.Write('\n');
    }

    private static void WriteProblems(Utf8JsonWriter w, IReadOnlyList<InputProblem> problems)
    {
        w.WriteStartArray("diagnostics");
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("severity", p.Severity);
            WriteNullable(w, "cell", p.Cell);
            WriteNullable(w, "line", p.Line);
            WriteNullable(w, "column", p.Column);
            w.WriteString("message", p.Message);
            if (p.Hint is null) w.WriteNull("hint");
            else w.WriteString("hint", p.Hint);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
