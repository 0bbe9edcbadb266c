using System.Globalization;
using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.Ascii;

/// <summary>
/// The model as keras-sequential-ascii draws it (Piotr Migdał's tool, the version of seed 000): data and operations
/// alternate down the page, with each layer's weight count and share of all weights.
/// <code>
///       OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)
///
///           Input   #####   (1, 28, 28)
///          Conv2D    \|/  -------------------       100     0.6%
///            relu   #####   (10, 26, 26)
/// </code>
/// Layout, as the tool formats it: an operation line is the class name right-aligned in 15 characters, three spaces,
/// the picture (<see cref="AsciiGlyphs"/>), a space, 19 dashes, the weight count right-aligned in 10, three spaces,
/// the percentage as <c>{:5.1f}</c> and <c>%</c>. A data line is the activation right-aligned in 15, <c>   #####   </c>,
/// and the output shape without the batch as a Python tuple. Longer names push the line right, as in Python.
/// <para>Activations: a layer's activation is written on its data line (<c>linear</c> and none are left blank). An
/// <c>Activation</c> layer is folded onto the data line of the layer before it when that layer has no activation
/// function of its own (dropout, flatten, pooling...), as the seed's "Proof of principle" shows for
/// <c>Dropout</c> + <c>Activation('relu')</c>. After a layer that has one (dense, convolution, recurrent — even a
/// linear one) the Activation layer keeps its own operation line, with no class name and the <c>|||||</c> picture,
/// as the seed's VGG16 shows for <c>Dense(1000)</c> + <c>Activation('softmax')</c>.</para>
/// <para>Decisions where the seed cannot say: class names are today's Keras names (<c>Conv2D</c>, not Keras 1's
/// <c>Convolution2D</c>), since that is what the model holds and every other output shows; a model without weights
/// shows 0.0% (the tool would divide by zero); percentages round as Python's <c>format</c> does (half to even on the
/// exact binary value).</para>
/// An invalid model draws the layers that built, then the error. A functional model that is a chain draws like a
/// Sequential one (its InputLayer row is the input line); one with branches, merges or shared layers is not drawn:
/// the output says so and points to the table formats.
/// </summary>
public static class AsciiDiagramRenderer
{
    private const string Header = "      OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)";
    private const int LabelWidth = 15;
    private const string Arrow = "-------------------";

    /// <summary>The diagram: lines ending in <c>\n</c>, the last one included.</summary>
    public static string Render(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var output = OutputSink.ForString(summary.Rows.Count * 160L);
        Write(output, summary);
        return output.ToText();
    }

    /// <summary>The diagram appended to <paramref name="output"/>, a layer at a time (see <see cref="Render"/>).</summary>
    internal static void Write(OutputSink output, ModelSummary summary)
    {
        output.CleansText = true; // no control character of a name reaches the terminal
        var sb = output.Buffer;
        void Line(string text) => sb.Append(text).Append('\n');

        if (summary.Layout == SummaryLayout.Graph)
        {
            // The tool draws a chain; a graph drawn as one would put branches one after the other.
            Line($"The model \"{summary.Name}\" is a graph (branches, merges or shared layers): the ASCII diagram draws");
            Line("chains only. Use the text, Markdown or HTML summary, whose rows say what each layer is connected to.");
            return;
        }
        Line(Header);
        Line("");
        if (summary.InputShape is { } input) DataLineStart(sb, "Input").AppendShape(input, pythonTuple: true, firstAxis: 1).Append('\n');
        long allWeights = summary.Totals.Params;
        // A step is drawn once the next row is known: an Activation row after it may fold onto its data line.
        SummaryRow? pending = null;
        string activation = "";
        var texts = new StepTexts(allWeights);
        bool takesActivationLayer = false;
        foreach (var row in summary.Rows)
        {
            if (row.Kind == LayerKind.Input) continue; // a functional chain's InputLayer row: drawn as the input
            if (row.ClassName == nameof(Activation) && pending is not null && takesActivationLayer)
            {
                activation = Shown(row.Activation);
                takesActivationLayer = false;
                continue;
            }
            if (pending is not null) Step(output, pending, activation, texts);
            pending = row;
            activation = Shown(row.Activation);
            takesActivationLayer = !HasActivationFunction(row);
        }
        if (pending is not null) Step(output, pending, activation, texts);
        if (summary.Error is { } error)
        {
            Line("");
            foreach (var l in ModelErrorText.Lines(error)) Line(l);
        }
    }

    /// <summary>One drawn layer: its operation line and its data line, with the activation written on it.</summary>
    private static void Step(OutputSink output, SummaryRow row, string activation, StepTexts texts)
    {
        var sb = output.Buffer;
        string label = row.ClassName == nameof(Activation) ? "" : row.ClassName;
        AlignRight(sb, label, LabelWidth).Append("   ").Append(AsciiGlyphs.Operation(row.Kind)).Append(' ').Append(Arrow);
        texts.Weights.Append(sb, row.Params);
        texts.Shapes.Append(DataLineStart(sb, activation), row.OutputShape).Append('\n');
        output.AtBoundary();
    }

    /// <summary>
    /// The texts of a step that rows repeat — a count with its share of the weights, a shape — formatted once while
    /// they repeat. Padded by hand rather than by an interpolated string's alignment: that formats a number through a
    /// generic method, which unoptimized code (before the JIT has tiered it up) boxes, a box a number a row.
    /// </summary>
    private sealed class StepTexts(long allWeights)
    {
        public RecentTexts<long> Weights { get; } = RecentTexts.OfNumbers((sb, weights) =>
        {
            Span<char> number = stackalloc char[32];
            weights.TryFormat(number, out int digits, default, CultureInfo.InvariantCulture);
            AlignRight(sb, number[..digits], 10).Append("   ");
            // A share of 64-bit counts has at most 21 digits before the point (100 × 2⁶³), well within the buffer.
            Percent(weights, allWeights).TryFormat(number, out digits, "F1", CultureInfo.InvariantCulture);
            AlignRight(sb, number[..digits], 5).Append("%\n");
        });

        public RecentTexts<Shape> Shapes { get; } = RecentTexts.OfShapes(static (sb, shape) => sb.AppendShape(shape, pythonTuple: true, firstAxis: 1));
    }

    /// <summary>A data line up to its shape: the label (an activation, or <c>Input</c>) and the data glyph.</summary>
    private static StringBuilder DataLineStart(StringBuilder sb, string label) =>
        AlignRight(sb, label, LabelWidth).Append("   ").Append(AsciiGlyphs.Data).Append("   ");

    // Python's right alignment ("{:>15}"): spaces before, nothing cut.
    private static StringBuilder AlignRight(StringBuilder sb, ReadOnlySpan<char> text, int width) =>
        sb.Append(' ', Math.Max(0, width - text.Length)).Append(text);

    /// <summary>The value Python formats as <c>format(100 * n / total, '5.1f')</c>; 0 for a model without weights.</summary>
    private static double Percent(long n, long total)
    {
        if (total == 0) return 0;
        const long exact = 1L << 53; // below this, both operands are exact doubles and the quotient is correctly rounded
        double value = n < exact / 100 && total < exact
            ? 100.0 * n / total
            : (double)(100m * n / total);
        return value;
    }

    private static string Shown(string? activation) => activation is null or "linear" ? "" : activation;

    // Keras layers with an `activation` attribute: dense, convolutional and recurrent layers, and Activation itself.
    private static bool HasActivationFunction(SummaryRow row) =>
        row.Activation is not null
        || row.Kind is LayerKind.Dense or LayerKind.Convolution or LayerKind.Recurrent or LayerKind.Activation;
}
