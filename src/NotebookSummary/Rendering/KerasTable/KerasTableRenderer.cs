using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.KerasTable;

/// <summary>
/// The text of Keras's <c>model.summary()</c>, in the Keras 3 or the tf.keras 2.x style. Both are one table
/// (<see cref="TextTable"/>) with different border data, column layout and cell fitting:
/// <list type="bullet">
/// <item>Keras 3 reproduces Keras 3.15's output byte for byte: rich's HEAVY_HEAD box; column widths from
/// <c>line_length</c> at positions 0.45/0.80/1.0 (×0.9 plus a Trainable column with <c>show_trainable</c>), fitted by
/// rich into the line; word-wrapped cells with <c>…</c> for words that fit no line; totals with their float32 memory
/// size. The model line and totals are never wrapped (Keras would wrap them only beyond an 80-column console).</item>
/// <item>Keras 2 reproduces tf.keras 2.x's Sequential summary (before 2.9 started wrapping cells): columns end at
/// 0.45/0.85/1.0 of the line; each field is cut to its column and, but for the last, its last character is
/// replaced by a space — so <c>max_pooling2d_5 (MaxPooling2D)</c> prints as <c>max_pooling2d_5 (MaxPooling2 </c>.
/// Lines keep Keras's padding spaces; parameter counts have no thousands separators, totals do. A graph gets
/// tf.keras 2.x's 4-column table (default line length 98, columns ending at 0.33/0.55/0.67/1.0) whose "Connected to"
/// shows the first entry on the row's line and each further entry on a line of its own, the other fields blank;
/// an InputLayer's shape is a list (<c>[(None, 16)]</c>), as Keras 2 printed it.</item>
/// </list>
/// An invalid model prints the rows that built, then the error in place of the totals.
/// </summary>
public static class KerasTableRenderer
{
    private const string LayerHeader = "Layer (type)";
    private const string ShapeHeader = "Output Shape";
    private const string ParamsHeader = "Param #";
    private const string TrainableHeader = "Trainable";
    private const string ConnectedHeader = "Connected to";

    /// <summary>The summary as Keras prints it: lines ending in <c>\n</c>, the last one included.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The line length leaves a column too narrow (Keras 3: "Insufficient console width"),
    /// or is longer than <see cref="KerasTableOptions.MaxLineLength"/>.</exception>
    /// <exception cref="ArgumentException">A Trainable column was asked of the Keras 2 style, which has none.</exception>
    public static string Render(ModelSummary summary, KerasTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // About two lines per layer (the row and a rule), each one line length long.
        int lineLength = (options ?? new KerasTableOptions()).LineLength ?? 76;
        var output = OutputSink.ForString((summary.Rows.Count * 2L + 12) * (lineLength + 1));
        Write(output, summary, options);
        return output.ToText();
    }

    /// <summary>The table appended to <paramref name="output"/>, a row at a time (see <see cref="Render"/>).</summary>
    internal static void Write(OutputSink output, ModelSummary summary, KerasTableOptions? options = null)
    {
        options ??= new KerasTableOptions();
        int lineLength = options.LineLength ?? DefaultLineLength(summary, options.Style);
        if (lineLength > KerasTableOptions.MaxLineLength)
            throw new ArgumentOutOfRangeException(nameof(options), lineLength,
                $"line_length={lineLength} is longer than the {KerasNumbers.Count(KerasTableOptions.MaxLineLength)} characters a table line may have.");
        // Names and messages go to terminals: no control character, bidi override or lone surrogate passes raw.
        // Each is one character replaced by one, so the columns stay aligned.
        output.CleansText = true;
        if (options.Style == KerasTableStyle.Keras2) Keras2(output, summary, options);
        else Keras3(output, summary, options);
    }

    private static void LayerCell(TableRowCells cells, SummaryRow row) =>
        cells.AppendNameAndType(row.Name, row.ClassName).EndCell();

    /// <summary>A graph row's "Connected to" entries joined by <paramref name="separator"/>, or <paramref name="none"/>.</summary>
    private static void ConnectedTo(TableRowCells cells, IReadOnlyList<string> entries, string separator, string none)
    {
        if (entries.Count == 0) cells.Append(none);
        for (int i = 0; i < entries.Count; i++)
        {
            if (i > 0) cells.Append(separator);
            cells.Append(entries[i]);
        }
        cells.EndCell();
    }

    /// <summary>Keras 3's Output Shape cell (<see cref="KerasText.Keras3Shapes(SummaryRow)"/>).</summary>
    private static void Keras3Shapes(TableRowCells cells, SummaryRow row) => Shapes(cells, row, pythonTuples: false, asList: false);

    /// <summary>
    /// tf.keras 2.x's <c>str(layer.output_shape)</c>: a Python tuple; a Python list of tuples for a layer with several
    /// outputs and for an InputLayer, whose node's output shapes Keras 2 keeps as a list (<c>[(None, 16)]</c>).
    /// </summary>
    private static void Keras2Shape(TableRowCells cells, SummaryRow row) =>
        Shapes(cells, row, pythonTuples: true, asList: row.Kind == LayerKind.Input);

    // One shape, or the list of a row's output shapes ("[(None, 5, 4), (None, 4)]").
    private static void Shapes(TableRowCells cells, SummaryRow row, bool pythonTuples, bool asList)
    {
        if (row.HasOneOutputShape && !asList)
        {
            cells.AppendShape(row.OutputShape, pythonTuples).EndCell();
            return;
        }
        var shapes = row.OutputShapes;
        if (shapes.Count == 1 && !asList)
        {
            cells.AppendShape(shapes[0], pythonTuples).EndCell();
            return;
        }
        cells.Append('[');
        for (int i = 0; i < shapes.Count; i++)
        {
            if (i > 0) cells.Append(", ");
            cells.AppendShape(shapes[i], pythonTuples);
        }
        cells.Append(']').EndCell();
    }

    /// <summary>
    /// Keras's default <c>line_length</c>: Keras 3's capped at 76 (a notebook's or an 80-column terminal's width);
    /// tf.keras 2.x's own, 65 for the 3-column table and 98 for a graph's 4 columns.
    /// </summary>
    private static int DefaultLineLength(ModelSummary summary, KerasTableStyle style) =>
        style != KerasTableStyle.Keras2 ? 76 : summary.Layout == SummaryLayout.Graph ? 98 : 65;

    // ---- Keras 3 -------------------------------------------------------------------------------

    // A line of the text around the table (names and messages are user text, cleaned as they are encoded).
    private static void Line(Utf8Buffer utf8, string line) => utf8.AppendText(line).Append("\n"u8);

    private static void Keras3(OutputSink output, ModelSummary summary, KerasTableOptions options)
    {
        var utf8 = output.Utf8;
        int length = options.LineLength ?? 76;
        bool trainable = options.ShowTrainable;
        // A functional model that is not a plain chain gets Keras's fourth column, "Connected to".
        bool graph = summary.Layout == SummaryLayout.Graph;
        var headers = new List<string> { LayerHeader, ShapeHeader, ParamsHeader };
        var justify = new List<CellJustify> { CellJustify.Left, CellJustify.Left, CellJustify.Right };
        if (graph) { headers.Add(ConnectedHeader); justify.Add(CellJustify.Left); }
        if (trainable) { headers.Add(TrainableHeader); justify.Add(CellJustify.Center); }

        var kerasWidths = KerasColumnWidths.FromPositions(length, KerasColumnWidths.Keras3(trainable, graph), headers, minimum: 4);
        var content = KerasColumnWidths.RichContentWidths(kerasWidths, length);
        var columns = headers.Select((h, i) => new TableColumn(h, content[i], justify[i], PadLeft: 1, PadRight: 1)).ToArray();

        void WriteCells(SummaryRow r, TableRowCells cells)
        {
            LayerCell(cells, r);
            Keras3Shapes(cells, r);
            cells.AppendCount(r.Params).EndCell();
            if (graph) ConnectedTo(cells, r.ConnectedTo, ", ", none: "-");
            if (trainable) cells.Cell(r.HasNoWeights ? "-" : r.Trainable ? "Y" : "N");
        }

        Line(utf8, $"Model: \"{summary.Name}\"");
        TextTable.Render(output, columns, TextTableStyle.Keras3, summary.Rows, WriteCells);
        if (summary.Error is { } error)
        {
            foreach (var l in ModelErrorText.Lines(error)) Line(utf8, " " + l);
            return;
        }
        var t = summary.Totals;
        Line(utf8, $" Total params: {KerasNumbers.Count(t.Params)} ({KerasText.ParamsSize(t.Params)})");
        Line(utf8, $" Trainable params: {KerasNumbers.Count(t.TrainableParams)} ({KerasText.ParamsSize(t.TrainableParams)})");
        Line(utf8, $" Non-trainable params: {KerasNumbers.Count(t.NonTrainableParams)} ({KerasText.ParamsSize(t.NonTrainableParams)})");
    }

    // ---- tf.keras 2.x --------------------------------------------------------------------------

    private static void Keras2(OutputSink output, ModelSummary summary, KerasTableOptions options)
    {
        var utf8 = output.Utf8;
        if (options.ShowTrainable)
            throw new ArgumentException("The Keras 2 table has no Trainable column; use KerasTableStyle.Keras3 with ShowTrainable.",
                nameof(options));
        int length = options.LineLength ?? DefaultLineLength(summary, KerasTableStyle.Keras2);
        // A graph gets tf.keras 2.x's fourth column, its entries one a line under the row's first line.
        bool graph = summary.Layout == SummaryLayout.Graph;
        string[] headers = graph ? [LayerHeader, ShapeHeader, ParamsHeader, ConnectedHeader] : [LayerHeader, ShapeHeader, ParamsHeader];

        // Keras 2 cuts a field at its column end and then overwrites the field's last character with a space
        // before the next field: a column of width w shows w − 1 characters and a space, the last one w characters.
        // Each column must keep room for one character.
        var positions = graph ? KerasColumnWidths.Keras2GraphPositions : KerasColumnWidths.Keras2Positions;
        var widths = KerasColumnWidths.FromPositions(length, positions, headers, minimum: 2);
        var columns = headers.Select((h, i) => i < headers.Length - 1
            ? new TableColumn(h, widths[i] - 1, CellJustify.Left, PadLeft: 0, PadRight: 1)
            : new TableColumn(h, widths[i], CellJustify.Left, PadLeft: 0, PadRight: 0)).ToArray();

        void WriteCells(SummaryRow r, TableRowCells cells)
        {
            LayerCell(cells, r);
            Keras2Shape(cells, r);
            cells.AppendPlain(r.Params).EndCell();
            // Keras 2 prints the first entry on the row's line and each further one on a line of its own.
            if (graph) ConnectedTo(cells, r.ConnectedTo, "\n", none: "");
        }

        Line(utf8, $"Model: \"{summary.Name}\"");
        TextTable.Render(output, columns, TextTableStyle.Keras2, summary.Rows, WriteCells);
        if (summary.Error is { } error)
            foreach (var l in ModelErrorText.Lines(error)) Line(utf8, l);
        else
        {
            var t = summary.Totals;
            Line(utf8, $"Total params: {KerasNumbers.Count(t.Params)}");
            Line(utf8, $"Trainable params: {KerasNumbers.Count(t.TrainableParams)}");
            Line(utf8, $"Non-trainable params: {KerasNumbers.Count(t.NonTrainableParams)}");
        }
        utf8.Append('_', length).Append("\n"u8);
    }
}
