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
        using (var writer = CreateWriter(output, options.Indented))
        {
            writer.WriteStartObject();
            WriteSummaryFields(writer, summary, options);
            writer.WriteEndObject();
        }
        output.Flush();
    }

    /// <summary>
    /// A writer with the settings every document uses (readable UTF-8, no HTML-escaping of ', + or non-ASCII) that
    /// passes its output on to <paramref name="output"/> as text (<see cref="JsonTextSink"/>). Disposing it writes
    /// what it still holds.
    /// </summary>
    internal static Utf8JsonWriter CreateWriter(TextWriter output, bool indented) =>
        new(new JsonTextSink(output), new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>How much a writer may hold before it passes it on: rows are flushed in pieces of about this size.</summary>
    /// <remarks>Small enough that the buffer the writer writes into (<see cref="JsonTextSink"/>'s, 32 KB) holds a
    /// piece and its next row without growing onto the large-object heap, whose arrays are collected only with the
    /// whole heap.</remarks>
    private const int FlushThreshold = 16 * 1024;

    /// <summary>Writes the summary's fields into an object the caller has opened (so a caller can add its own fields, e.g. <c>file</c>).</summary>
    internal static void WriteSummaryFields(Utf8JsonWriter w, ModelSummary summary, JsonRenderOptions? options = null)
    {
        options ??= new JsonRenderOptions();
        w.WriteString(Names.Format, Format);
        WriteModelFields(w, summary, options);
    }

    /// <summary>A model's fields: the document's, and a nested model's (a row's <c>nested</c> object) without <c>format</c>.</summary>
    private static void WriteModelFields(Utf8JsonWriter w, ModelSummary summary, JsonRenderOptions options)
    {
        w.WriteString(Names.Name, summary.Name);
        w.WriteString(Names.ClassName, summary.ClassName);
        w.WriteString(Names.Layout, summary.Layout == SummaryLayout.Graph ? "graph" : "sequential_like");
        WriteShape(w, Names.InputShape, summary.InputShape);
        WriteShape(w, Names.OutputShape, summary.OutputShape);
        WriteTensors(w, Names.Inputs, summary.Inputs);
        WriteTensors(w, Names.Outputs, summary.Outputs);
        WriteNullableString(w, Names.OutputStructure, summary.OutputStructure is { } structure
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(structure.ToString()) : null);
        w.WriteStartArray(Names.Layers);
        // Rows without a walk-through are written as bytes where they can be, each the same bytes as the writer's.
        var rowBytes = options.IncludeWalkThrough ? null : new JsonRowBytes(w.Options.Indented);
        foreach (var row in summary.Rows)
        {
            if (rowBytes is null || !rowBytes.TryWrite(w, row, KindName(row.Kind))) WriteRow(w, row, options);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        var t = summary.Totals;
        w.WriteNumber(Names.TotalParams, t.Params);
        w.WriteNumber(Names.TrainableParams, t.TrainableParams);
        w.WriteNumber(Names.NonTrainableParams, t.NonTrainableParams);
        // Exact integers beyond 64 bits for the largest valid models (decimal holds every 128-bit byte count made
        // from a 64-bit parameter count, and writes it without a fraction or an exponent).
        w.WriteNumber(Names.TotalBytes, (decimal)t.ParamsBytes);
        w.WriteNumber(Names.TrainableBytes, (decimal)t.TrainableBytes);
        w.WriteNumber(Names.NonTrainableBytes, (decimal)t.NonTrainableBytes);
        w.WriteBoolean(Names.Valid, summary.IsValid);
        if (summary.Error is { } e)
        {
            w.WriteStartObject(Names.Error);
            w.WriteNumber(Names.LayerIndex, e.LayerIndex);
            w.WriteString(Names.LayerName, e.LayerName);
            w.WriteString(Names.ClassName, e.ClassName);
            w.WriteString(Names.Message, e.Message);
            WriteNullableString(w, Names.Hint, e.Hint);
            WriteNullableString(w, Names.Calculation, e.Calculation);
            if (e.Source is { } s)
            {
                w.WriteNumber(Names.Line, s.Line);
                w.WriteNumber(Names.Column, s.Column);
            }
            else
            {
                w.WriteNull(Names.Line);
                w.WriteNull(Names.Column);
            }
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(Names.Error);
        }
    }

    private static void WriteRow(Utf8JsonWriter w, SummaryRow row, JsonRenderOptions options)
    {
        w.WriteStartObject();
        w.WriteNumber(Names.Index, row.Index);
        w.WriteString(Names.Name, row.Name);
        w.WriteString(Names.Type, row.DisplayType);
        w.WriteString(Names.ClassName, row.ClassName);
        w.WriteBoolean(Names.Operation, row.IsOperation);
        WriteNullableString(w, Names.Activation, row.Activation);
        w.WriteString(Names.Kind, KindName(row.Kind));
        WriteShape(w, Names.InputShape, row.InputShape);
        // Read without making the one-element list of OutputShapes for every row.
        if (row.HasOneOutputShape || row.OutputShapes.Count == 1) WriteShape(w, Names.OutputShape, row.OutputShape);
        else
        {
            // Several outputs: a list of shapes, as Keras's conformance data writes them.
            w.WriteStartArray(Names.OutputShape);
            foreach (var shape in row.OutputShapes) WriteShapeValue(w, shape);
            w.WriteEndArray();
        }
        w.WriteNumber(Names.Params, row.Params);
        w.WriteNumber(Names.TrainableParams, row.TrainableParams);
        w.WriteNumber(Names.NonTrainableParams, row.NonTrainableParams);
        w.WriteBoolean(Names.Trainable, row.Trainable);
        WriteNullableNumber(w, Names.Macs, row.MultiplyAccumulates);
        WriteNullableNumber(w, Names.OutputElements, row.OutputElements);
        w.WriteStartArray(Names.ConnectedTo);
        var connectedTo = row.ConnectedTo;
        for (int i = 0; i < connectedTo.Count; i++) w.WriteStringValue(connectedTo[i]);
        w.WriteEndArray();
        if (row.Nested is { } nested)
        {
            // A model used as a layer: its own summary, rows included (Keras's expand_nested view of it).
            w.WriteStartObject(Names.Nested);
            WriteModelFields(w, nested, options);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(Names.Nested);
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
        w.WriteStartObject(Names.Walkthrough);
        if (walk.Parameters is { } p)
        {
            w.WritePropertyName(Names.Params);
            WriteFormula(w, p);
        }
        else
        {
            w.WriteNull(Names.Params);
        }
        WriteNullableString(w, Names.NoParamsReason, walk.NoParametersReason);
        w.WriteStartArray(Names.Shape);
        foreach (var f in walk.Shape) WriteFormula(w, f);
        w.WriteEndArray();
        w.WriteStartArray(Names.Notes);
        foreach (var n in walk.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartArray(Names.Symbols);
        foreach (var s in walk.Symbols)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, s.Name);
            w.WriteString(Names.Meaning, s.Meaning);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFormula(Utf8JsonWriter w, Formula f)
    {
        w.WriteStartObject();
        w.WriteString(Names.Target, f.Target);
        w.WriteString(Names.Symbolic, f.Symbolic);
        w.WriteString(Names.Substituted, f.Substituted);
        WriteNullableNumber(w, Names.Result, f.Result);
        w.WriteEndObject();
    }

    private static void WriteTensors(Utf8JsonWriter w, JsonEncodedText property, IReadOnlyList<ModelTensor> tensors)
    {
        w.WriteStartArray(property);
        foreach (var t in tensors)
        {
            w.WriteStartObject();
            w.WriteString(Names.Layer, t.Layer);
            w.WriteNumber(Names.NodeIndex, t.NodeIndex);
            w.WriteNumber(Names.TensorIndex, t.TensorIndex);
            WriteShape(w, Names.Shape, t.Shape);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteShape(Utf8JsonWriter w, JsonEncodedText property, Shape? shape)
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

    private static void WriteNullableString(Utf8JsonWriter w, JsonEncodedText property, string? value)
    {
        if (value is null) w.WriteNull(property);
        else w.WriteString(property, value);
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, JsonEncodedText property, long? value)
    {
        if (value is { } v) w.WriteNumber(property, v);
        else w.WriteNull(property);
    }
    /// <summary>The property names, encoded once: a row writes twenty of them, and a name given as a string is
    /// checked for characters to escape and transcoded to UTF-8 at every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Activation = JsonEncodedText.Encode("activation");
        public static readonly JsonEncodedText Calculation = JsonEncodedText.Encode("calculation");
        public static readonly JsonEncodedText ClassName = JsonEncodedText.Encode("class_name");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText ConnectedTo = JsonEncodedText.Encode("connected_to");
        public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
        public static readonly JsonEncodedText Hint = JsonEncodedText.Encode("hint");
        public static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
        public static readonly JsonEncodedText InputShape = JsonEncodedText.Encode("input_shape");
        public static readonly JsonEncodedText Inputs = JsonEncodedText.Encode("inputs");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Layer = JsonEncodedText.Encode("layer");
        public static readonly JsonEncodedText LayerIndex = JsonEncodedText.Encode("layer_index");
        public static readonly JsonEncodedText LayerName = JsonEncodedText.Encode("layer_name");
        public static readonly JsonEncodedText Layers = JsonEncodedText.Encode("layers");
        public static readonly JsonEncodedText Layout = JsonEncodedText.Encode("layout");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Macs = JsonEncodedText.Encode("macs");
        public static readonly JsonEncodedText Meaning = JsonEncodedText.Encode("meaning");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Nested = JsonEncodedText.Encode("nested");
        public static readonly JsonEncodedText NoParamsReason = JsonEncodedText.Encode("no_params_reason");
        public static readonly JsonEncodedText NodeIndex = JsonEncodedText.Encode("node_index");
        public static readonly JsonEncodedText NonTrainableBytes = JsonEncodedText.Encode("non_trainable_bytes");
        public static readonly JsonEncodedText NonTrainableParams = JsonEncodedText.Encode("non_trainable_params");
        public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");
        public static readonly JsonEncodedText Operation = JsonEncodedText.Encode("operation");
        public static readonly JsonEncodedText OutputElements = JsonEncodedText.Encode("output_elements");
        public static readonly JsonEncodedText OutputShape = JsonEncodedText.Encode("output_shape");
        public static readonly JsonEncodedText OutputStructure = JsonEncodedText.Encode("output_structure");
        public static readonly JsonEncodedText Outputs = JsonEncodedText.Encode("outputs");
        public static readonly JsonEncodedText Params = JsonEncodedText.Encode("params");
        public static readonly JsonEncodedText Result = JsonEncodedText.Encode("result");
        public static readonly JsonEncodedText Shape = JsonEncodedText.Encode("shape");
        public static readonly JsonEncodedText Substituted = JsonEncodedText.Encode("substituted");
        public static readonly JsonEncodedText Symbolic = JsonEncodedText.Encode("symbolic");
        public static readonly JsonEncodedText Symbols = JsonEncodedText.Encode("symbols");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText TensorIndex = JsonEncodedText.Encode("tensor_index");
        public static readonly JsonEncodedText TotalBytes = JsonEncodedText.Encode("total_bytes");
        public static readonly JsonEncodedText TotalParams = JsonEncodedText.Encode("total_params");
        public static readonly JsonEncodedText Trainable = JsonEncodedText.Encode("trainable");
        public static readonly JsonEncodedText TrainableBytes = JsonEncodedText.Encode("trainable_bytes");
        public static readonly JsonEncodedText TrainableParams = JsonEncodedText.Encode("trainable_params");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Valid = JsonEncodedText.Encode("valid");
        public static readonly JsonEncodedText Walkthrough = JsonEncodedText.Encode("walkthrough");
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
