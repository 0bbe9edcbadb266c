namespace NotebookSummary.Rendering.KerasTable;

/// <summary>Options of <see cref="KerasTableRenderer"/>, named after <c>model.summary()</c>'s arguments.</summary>
public sealed record KerasTableOptions
{
    /// <summary>Keras 3 (default) or tf.keras 2.x.</summary>
    public KerasTableStyle Style { get; init; } = KerasTableStyle.Keras3;

    /// <summary>
    /// Keras's <c>line_length</c>: the width of every table line. Null = the style's default: 76 for Keras 3 (what
    /// Keras prints in a notebook or an 80-column terminal, with or without the Trainable column), 65 for Keras 2.
    /// At most <see cref="MaxLineLength"/>.
    /// </summary>
    public int? LineLength { get; init; }

    /// <summary>
    /// The longest line length drawn: 10,000 characters, wider than any screen. A longer one is refused, because the
    /// table is two lines per layer: at int.MaxValue the column arithmetic overflowed and one line took 4 GB.
    /// </summary>
    public const int MaxLineLength = 10_000;

    /// <summary>Keras 3's <c>show_trainable=True</c>: a Trainable column (<c>Y</c>, <c>N</c>, or <c>-</c> for a layer without weights).</summary>
    public bool ShowTrainable { get; init; }
}
