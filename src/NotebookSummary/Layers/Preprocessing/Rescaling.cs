using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Rescaling(scale, offset=0.0)</c>: every value x becomes <c>x·scale + offset</c> (<c>scale=1/255</c> maps
/// pixels from [0, 255] to [0, 1]). Shape unchanged; scale and offset are constants, so there are no weights.
/// </summary>
/// <param name="scale">A number, or one per channel (a tuple, list or array), as Keras takes it.</param>
/// <param name="offset">A number or one per channel; null is Keras's default 0.0.</param>
public sealed class Rescaling(object scale, object? offset = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public NumericArgument? Scale { get; } = NumericArgument.Of(scale);
    public NumericArgument Offset { get; } = NumericArgument.Of(offset ?? 0.0)!;

    public override LayerKind Kind => LayerKind.Other;

    protected internal override void Build(LayerBuilder b)
    {
        var scale = Numbers(b, "scale", Scale);
        var offset = Numbers(b, "offset", Offset);
        b.OutputSameAsInput();
        b.NoParams("scale and offset are constants, not weights: Rescaling has no weights");
        b.Note(Arithmetic(scale, offset));
        if (scale.IsScalar && offset.IsScalar)
        {
            double from0 = offset.Values[0], from255 = 255 * scale.Values[0] + offset.Values[0];
            b.Note($"8-bit pixel values, in [0, 255], become values in [{FactorRange.Show(Math.Min(from0, from255))}, {FactorRange.Show(Math.Max(from0, from255))}]");
        }
        else
        {
            b.Note("a list of values is broadcast against the input as numpy does: one value per channel of the last axis");
        }
    }

    private static string Arithmetic(NumericArgument scale, NumericArgument offset)
    {
        if (!offset.IsScalar) return $"every value x becomes x·scale + offset = x·{scale} + {offset}";
        double o = offset.Values[0];
        if (o == 0) return $"every value x becomes x·scale = x·{scale} (offset 0)";
        // -1 reads "x·s − 1", not "x·s + -1".
        return $"every value x becomes x·scale + offset = x·{scale} {(o < 0 ? "− " + offset.Text.TrimStart('-') : "+ " + offset.Text)}";
    }

    private static NumericArgument Numbers(LayerBuilder b, string argument, NumericArgument? value)
    {
        if (value is not { IsNumeric: true })
            b.Fail($"Rescaling argument '{argument}' must be a number (or a list of numbers, one per channel), but it is {value?.Text ?? "None"}",
                argument == "scale" ? "e.g. scale=1.0 / 255 maps pixels from [0, 255] to [0, 1]" : "e.g. offset=-1.0");
        return value;
    }
}
