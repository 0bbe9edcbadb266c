using System.Globalization;
using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.Columns;

/// <summary>
/// A plain table with the columns the user picks, as torchinfo's <c>summary(col_names=...)</c> prints it: "=" rules,
/// "Layer (type)" then the chosen columns, Keras's totals, the total mult-adds, then the memory estimate of
/// <see cref="ModelCost"/>. Columns are as wide as their widest cell, so nothing is cut.
/// It is an alternative to Keras's table, asked for by name; the Keras 3 table stays the default.
/// </summary>
internal static class ColumnTableRenderer
{
    private const int Gap = 3; // spaces between columns

    public static string Render(ModelSummary summary, IReadOnlyList<SummaryColumn> columns)
    {
        var header = new List<string> { "Layer (type)" };
        header.AddRange(columns.Select(SummaryColumns.Header));
        var lines = summary.Rows.Select(r => Cells(r, columns, summary.Totals.Params)).ToList();

        var widths = new int[header.Count];
        for (int c = 0; c < header.Count; c++)
        {
            int widest = Math.Max(header[c].Length, lines.Count == 0 ? 0 : lines.Max(l => l[c].Length));
            widths[c] = widest + Gap;
        }
        string rule = new('=', widths.Sum());

        var sb = OutputBuffer.Create((long)(lines.Count + 16) * (widths.Sum() + 1));
        sb.Append("Model: \"").Append(summary.Name).Append("\"\n").Append(rule).Append('\n');
        AppendLine(sb, header, widths);
        sb.Append(rule).Append('\n');
        foreach (var line in lines) AppendLine(sb, line, widths);
        sb.Append(rule).Append('\n');
        if (summary.Error is { } error)
        {
            foreach (var l in ModelErrorText.Lines(error)) sb.Append(l).Append('\n');
            sb.Append("Totals of the ").Append(KerasNumbers.Count(summary.Rows.Count))
                .Append(summary.Rows.Count == 1 ? " layer" : " layers").Append(" before the error:\n");
        }

        var t = summary.Totals;
        var cost = ModelCost.Of(summary);
        sb.Append("Total params: ").Append(KerasNumbers.Count(t.Params)).Append('\n')
            .Append("Trainable params: ").Append(KerasNumbers.Count(t.TrainableParams)).Append('\n')
            .Append("Non-trainable params: ").Append(KerasNumbers.Count(t.NonTrainableParams)).Append('\n')
            .Append("Total mult-adds (one sample): ").Append(cost.MultiplyAccumulates is { } m ? KerasNumbers.Count(m) : "unknown").Append('\n')
            .Append(rule).Append('\n')
            .Append("Input size (one sample): ").Append(Size(cost.InputBytes)).Append('\n')
            .Append("Activations size (one sample, forward): ").Append(Size(cost.ActivationBytes)).Append('\n')
            .Append("Params size: ").Append(Size(cost.ParamsBytes)).Append('\n')
            .Append("Estimated Total Size: ").Append(Size(cost.TotalBytes)).Append('\n')
            .Append(rule).Append('\n');
        // Names and messages are user text: no control character reaches the terminal.
        return DisplayText.Clean(sb.ToString());
    }

    private static string[] Cells(SummaryRow row, IReadOnlyList<SummaryColumn> columns, long total)
    {
        var cells = new string[columns.Count + 1];
        cells[0] = $"{row.Name} ({row.DisplayType})";
        for (int i = 0; i < columns.Count; i++) cells[i + 1] = Cell(row, columns[i], total);
        return cells;
    }

    private static string Cell(SummaryRow row, SummaryColumn column, long total) => column switch
    {
        SummaryColumn.InputShape => KerasText.Keras3Shape(row.InputShape),
        SummaryColumn.OutputShape => KerasText.Keras3Shapes(row.OutputShapes),
        SummaryColumn.Params => row.HasNoWeights ? "--" : KerasNumbers.Count(row.Params),
        SummaryColumn.ParamsPercent => row.Params == 0 || total == 0
            ? "--"
            : (100.0 * row.Params / total).ToString("F2", CultureInfo.InvariantCulture) + "%",
        SummaryColumn.KernelSize => row.Window is { } w ? "[" + string.Join(", ", w.Size) + "]" : "--",
        SummaryColumn.MultAdds => row.MultiplyAccumulates is { } m && m > 0 ? KerasNumbers.Count(m) : "--",
        SummaryColumn.Trainable => row.HasNoWeights ? "--"
            : !row.Trainable || row.TrainableParams == 0 ? "False"
            : row.NonTrainableParams > 0 ? "Partial" : "True",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column"),
    };

    private static void AppendLine(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Count; c++) line.Append(cells[c].PadRight(widths[c]));
        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }


    private static string Size(Int128? bytes) => bytes is { } b ? KerasNumbers.MemorySize(b) : "unknown";
}
