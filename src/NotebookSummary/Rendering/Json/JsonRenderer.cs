using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Json;

/// <summary>
/// The summary as JSON for machines, schema <c>notebook-summary/1</c> (documented in docs/json-schema.md).
/// Field names follow Keras's own vocabulary in snake_case; unknown dimensions are <c>null</c>; the layer objects carry
/// the same <c>name</c>, <c>class_name</c>, <c>output_shape</c>, <c>params</c>, <c>trainable_params</c>,
/// <c>non_trainable_params</c> fields as Keras conformance data, so results compare directly.
/// </summary>
public static class JsonRenderer
{
    /// <summary>The schema identifier written in every document.</summary>
    public const string Format = "notebook-summary/1";

    /// <summary>The summary as one JSON document.</summary>
    public static string Render(ModelSummary summary, JsonRenderOptions? options = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(summary, text, options);
        return text.ToString();
    }

    /// <summary>Writes the summary as one JSON document to <paramref name="output"/> as it is produced (a large
    /// model's document is never held whole).</summary>
    public static void Write(ModelSummary summary, TextWriter output, JsonRenderOptions? options = null)
    {
        options ??= new JsonRenderOptions();
        using var writer = CreateWriter(output, options.Indented);
        writer.WriteStartObject();
        WriteSummaryFields(writer, summary, options);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A writer with the settings every document uses (readable UTF-8, no HTML-escaping of ', + or non-ASCII) that
    /// passes its output on to <paramref name="output"/> as text (<see cref="JsonTextSink"/>). Disposing it writes
    /// what it still holds.
    /// </summary>
    internal static Utf8JsonWriter CreateWriter(TextWriter output, bool indented) =>
        new(new JsonTextSink(output), new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>How much a writer may hold before it passes it on: rows are flushed in pieces of about this size.</summary>
    /// <remarks>Small enough that the writer's buffer (it doubles as it fills) stays below the large-object heap's
    /// threshold, whose arrays are collected only with the whole heap.</remarks>
    private const int FlushThreshold = 16 * 1024;

    /// <summary>Writes the summary's fields into an object the caller has opened (so a caller can add its own fields, e.g. <c>file</c>).</summary>
    internal static void WriteSummaryFields(Utf8JsonWriter w, ModelSummary summary, JsonRenderOptions? options = null)
    {
        options ??= new JsonRenderOptions();
        w.WriteString("format", Format);
        WriteModelFields(w, summary, options);
    }

    /// <summary>A model's fields: the document's, and a nested model's (a row's <c>nested</c> object) without <c>format</c>.</summary>
    private static void WriteModelFields(Utf8JsonWriter w, ModelSummary summary, JsonRenderOptions options)
    {
        w.WriteString("name", summary.Name);
        w.WriteString("class_name", summary.ClassName);
        w.WriteString("layout", summary.Layout == SummaryLayout.Graph ? "graph" : "sequential_like");
        WriteShape(w, "input_shape", summary.InputShape);
        WriteShape(w, "output_shape", summary.OutputShape);
        WriteTensors(w, "inputs", summary.Inputs);
        WriteTensors(w, "outputs", summary.Outputs);
        WriteNullableString(w, "output_structure", summary.OutputStructure is { } structure
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(structure.ToString()) : null);
        w.WriteStartArray("layers");
        foreach (var row in summary.Rows)
        {
            WriteRow(w, row, options);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        var t = summary.Totals;
        w.WriteNumber("total_params", t.Params);
        w.WriteNumber("trainable_params", t.TrainableParams);
        w.WriteNumber("non_trainable_params", t.NonTrainableParams);
        // Exact integers beyond 64 bits for the largest valid models (decimal holds every 128-bit byte count made
        // from a 64-bit parameter count, and writes it without a fraction or an exponent).
        w.WriteNumber("total_bytes", (decimal)t.ParamsBytes);
        w.WriteNumber("trainable_bytes", (decimal)t.TrainableBytes);
        w.WriteNumber("non_trainable_bytes", (decimal)t.NonTrainableBytes);
        w.WriteBoolean("valid", summary.IsValid);
        if (summary.Error is { } e)
        {
            w.WriteStartObject("error");
            w.WriteNumber("layer_index", e.LayerIndex);
            w.WriteString("layer_name", e.LayerName);
            w.WriteString("class_name", e.ClassName);
            w.WriteString("message", e.Message);
            WriteNullableString(w, "hint", e.Hint);
            WriteNullableString(w, "calculation", e.Calculation);
            if (e.Source is { } s)
            {
                w.WriteNumber("line", s.Line);
                w.WriteNumber("column", s.Column);
            }
            else
            {
                w.WriteNull("line");
                w.WriteNull("column");
            }
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("error");
        }
    }

    private static void WriteRow(Utf8JsonWriter w, SummaryRow row, JsonRenderOptions options)
    {
        w.WriteStartObject();
        w.WriteNumber("index", row.Index);
        w.WriteString("name", row.Name);
        w.WriteString("type", row.DisplayType);
        w.WriteString("class_name", row.ClassName);
        w.WriteBoolean("operation", row.IsOperation);
        WriteNullableString(w, "activation", row.Activation);
        w.WriteString("kind", KindName(row.Kind));
        WriteShape(w, "input_shape", row.InputShape);
        // Read without making the one-element list of OutputShapes for every row.
        if (row.HasOneOutputShape || row.OutputShapes.Count == 1) WriteShape(w, "output_shape", row.OutputShape);
        else
        {
            // Several outputs: a list of shapes, as Keras's conformance data writes them.
            w.WriteStartArray("output_shape");
            foreach (var shape in row.OutputShapes) WriteShapeValue(w, shape);
            w.WriteEndArray();
        }
        w.WriteNumber("params", row.Params);
        w.WriteNumber("trainable_params", row.TrainableParams);
        w.WriteNumber("non_trainable_params", row.NonTrainableParams);
        w.WriteBoolean("trainable", row.Trainable);
        WriteNullableNumber(w, "macs", row.MultiplyAccumulates);
        WriteNullableNumber(w, "output_elements", row.OutputElements);
        w.WriteStartArray("connected_to");
        var connectedTo = row.ConnectedTo;
        for (int i = 0; i < connectedTo.Count; i++) w.WriteStringValue(connectedTo[i]);
        w.WriteEndArray();
        if (row.Nested is { } nested)
        {
            // A model used as a layer: its own summary, rows included (Keras's expand_nested view of it).
            w.WriteStartObject("nested");
            WriteModelFields(w, nested, options);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("nested");
        }
        if (options.IncludeWalkThrough) WriteWalkThrough(w, row.WalkThrough);
        w.WriteEndObject();
    }

    // A layer kind's JSON name (snake_case), made once per kind rather than once per row.
    private static readonly Dictionary<LayerKind, string> KindNames =
        Enum.GetValues<LayerKind>().ToDictionary(k => k, k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()));

    private static string KindName(LayerKind kind) =>
        KindNames.TryGetValue(kind, out var name) ? name : JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static void WriteWalkThrough(Utf8JsonWriter w, WalkThrough walk)
    {
        w.WriteStartObject("walkthrough");
        if (walk.Parameters is { } p)
        {
            w.WritePropertyName("params");
            WriteFormula(w, p);
        }
        else
        {
            w.WriteNull("params");
        }
        WriteNullableString(w, "no_params_reason", walk.NoParametersReason);
        w.WriteStartArray("shape");
        foreach (var f in walk.Shape) WriteFormula(w, f);
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in walk.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartArray("symbols");
        foreach (var s in walk.Symbols)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("meaning", s.Meaning);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFormula(Utf8JsonWriter w, Formula f)
    {
        w.WriteStartObject();
        w.WriteString("target", f.Target);
        w.WriteString("symbolic", f.Symbolic);
        w.WriteString("substituted", f.Substituted);
        WriteNullableNumber(w, "result", f.Result);
        w.WriteEndObject();
    }

    private static void WriteTensors(Utf8JsonWriter w, string property, IReadOnlyList<ModelTensor> tensors)
    {
        w.WriteStartArray(property);
        foreach (var t in tensors)
        {
            w.WriteStartObject();
            w.WriteString("layer", t.Layer);
            w.WriteNumber("node_index", t.NodeIndex);
            w.WriteNumber("tensor_index", t.TensorIndex);
            WriteShape(w, "shape", t.Shape);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteShape(Utf8JsonWriter w, string property, Shape? shape)
    {
        if (shape is null)
        {
            w.WriteNull(property);
            return;
        }
        w.WritePropertyName(property);
        WriteShapeValue(w, shape);
    }

    private static void WriteShapeValue(Utf8JsonWriter w, Shape shape)
    {
        w.WriteStartArray();
        for (int i = 0; i < shape.Rank; i++) // by index: Dims is a view, and enumerating it an enumerator, per shape
        {
            if (shape[i] is { } v) w.WriteNumberValue(v);
            else w.WriteNullValue();
        }
        w.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter w, string property, string? value)
    {
        if (value is null) w.WriteNull(property);
        else w.WriteString(property, value);
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string property, long? value)
    {
        if (value is { } v) w.WriteNumber(property, v);
        else w.WriteNull(property);
    }
}

/// <summary>Options of <see cref="JsonRenderer"/>.</summary>
public sealed record JsonRenderOptions
{
    /// <summary>Pretty-print with indentation (default true). The CLI's JSON Lines output turns it off.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Include each layer's walk-through (formulas, notes, symbols). Default true; the hosts that pick a format
    /// by name (CLI, notebook) ask for it with <c>--formulas</c>, as it is most of a large model's document.</summary>
    public bool IncludeWalkThrough { get; init; } = true;
}
