using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>The output-length rule of transposed convolutions, which run the sliding window backwards.</summary>
internal sealed partial class SpatialAxes
{
    /// <summary>
    /// Output lengths of a transposed convolution (Keras's <c>deconv_output_length</c> /
    /// <c>compute_conv_transpose_output_length</c>), recorded as walk-through formulas. With the dilated kernel
    /// <c>k_d = r·(k − 1) + 1</c> and no <c>output_padding</c>: 'valid' gives <c>n·s + max(k_d − s, 0)</c>, 'same' gives
    /// <c>n·s</c>. With <c>output_padding</c> <c>op</c>: <c>(n − 1)·s + k_d − 2·pad + op</c>, where pad is
    /// <c>⌊k_d/2⌋</c> for 'same' and 0 for 'valid'. An unknown input length stays unknown.
    /// </summary>
    public Expr[] TransposedOutputLengths(LayerBuilder b, ConvWindow window, int[]? outputPadding)
    {
        var n = InputSizes(b);
        var result = new Expr[Rank];
        for (int i = 0; i < Rank; i++)
        {
            var len = InputLength(i, n[i]);
            var s = Stride(i, window.Strides[i]);
            var k = WindowSize(i, window.Kernel[i]);
            // The dilated kernel spans r·(k − 1) + 1 positions; without dilation it is the kernel itself.
            Expr span = window.Dilation[i] == 1
                ? k
                : DilationRate(i, window.Dilation[i]) * (k - 1) + 1;
            Expr rule;
            if (outputPadding is null)
            {
                rule = window.Padding == "valid" ? len * s + Expr.Max(span - s, 0) : len * s;
            }
            else
            {
                var op = Expr.Sym(Suffixed("op", i), outputPadding[i], $"output padding along the {Meaning(i)}");
                rule = window.Padding == "valid"
                    ? (len - 1) * s + span + op
                    : (len - 1) * s + span - 2 * Expr.FloorDiv(span, 2) + op;
            }
            result[i] = b.Computed(OutputTarget(i), rule);
        }
        return result;
    }

    /// <summary>The walk-through target of spatial axis <paramref name="i"/>: <c>out_h</c>, or <c>out_steps</c> in 1D.</summary>
    public string OutputTarget(int i) => Rank == 1 ? "out_steps" : $"out_{Symbol(i)}";
}
