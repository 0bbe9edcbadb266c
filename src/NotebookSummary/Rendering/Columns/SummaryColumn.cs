namespace NotebookSummary.Rendering.Columns;

/// <summary>
/// The columns a plain table can show after "Layer (type)", as torchinfo's <c>col_names</c> choose them (see
/// <see cref="ColumnTableRenderer"/>). Each name the user types is listed in <see cref="SummaryColumns.Names"/>.
/// </summary>
public enum SummaryColumn
{
    /// <summary>The shape of the (first) tensor the layer is called on.</summary>
    InputShape,
    /// <summary>The layer's output shape(s), as Keras 3 prints them.</summary>
    OutputShape,
    /// <summary>The layer's parameters (Keras's Param #).</summary>
    Params,
    /// <summary>The layer's share of the model's parameters, in percent.</summary>
    ParamsPercent,
    /// <summary>The sliding window of a convolution or pooling layer, e.g. <c>[3, 3]</c>.</summary>
    KernelSize,
    /// <summary>Multiply-accumulates for one sample (<see cref="Analysis.SummaryRow.MultiplyAccumulates"/>).</summary>
    MultAdds,
    /// <summary>Whether the layer's weights train: True, False, or -- without weights.</summary>
    Trainable,
}

/// <summary>Names of <see cref="SummaryColumn"/> as users type them (<c>--columns output_shape,params</c>).</summary>
internal static class SummaryColumns
{
    private static readonly (string Name, string Alias, SummaryColumn Column, string Header)[] Table =
    [
        ("input_shape", "input_size", SummaryColumn.InputShape, "Input Shape"),
        ("output_shape", "output_size", SummaryColumn.OutputShape, "Output Shape"),
        ("params", "num_params", SummaryColumn.Params, "Param #"),
        ("params_percent", "percent", SummaryColumn.ParamsPercent, "Param %"),
        ("kernel_size", "kernel", SummaryColumn.KernelSize, "Kernel Shape"),
        ("mult_adds", "macs", SummaryColumn.MultAdds, "Mult-Adds"),
        ("trainable", "trainable", SummaryColumn.Trainable, "Trainable"),
    ];

    /// <summary>The names, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The column's header in the table (torchinfo's).</summary>
    public static string Header(SummaryColumn column) => Table.First(t => t.Column == column).Header;

    /// <summary>
    /// Parses a comma-separated list (<c>output_shape,params,mult_adds</c>; torchinfo's names <c>input_size</c>,
    /// <c>output_size</c>, <c>num_params</c> too). On failure <paramref name="error"/> names the unknown entry.
    /// </summary>
    public static bool TryParse(string text, out IReadOnlyList<SummaryColumn> columns, out string? error)
    {
        var list = new List<SummaryColumn>();
        columns = list;
        error = null;
        foreach (var part in text.Split(','))
        {
            string name = part.Trim();
            var match = Table.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)
                                                  || string.Equals(t.Alias, name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                error = name.Length == 0
                    ? "an empty column name"
                    : $"unknown column '{DisplayText.Clean(name)}'";
                return false;
            }
            if (list.Contains(match.Column))
            {
                error = $"column '{match.Name}' is listed twice";
                return false;
            }
            list.Add(match.Column);
        }
        return true;
    }
}
