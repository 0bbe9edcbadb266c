using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras 2's <c>ThresholdedReLU(theta=1.0)</c>: x where x &gt; theta, 0 elsewhere; shape unchanged, no weights.
/// Keras 3 dropped it from <c>keras.layers</c> (it survives only in the tf.keras compatibility namespace); there
/// <c>ReLU(threshold=theta)</c> computes the same function, which the walk-through says.
/// </summary>
public sealed class ThresholdedReLU(double theta = 1.0, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, "thresholded_relu")
{
    public double Theta { get; } = theta;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        string theta = Theta.ToString(CultureInfo.InvariantCulture);
        // tf.keras refuses a negative theta when the layer is made.
        if (!(Theta >= 0))
            b.Fail($"ThresholdedReLU argument 'theta' must be a non-negative number, but it is {theta}");
        b.OutputSameAsInput();
        b.NoParams($"ThresholdedReLU is a fixed function (theta={theta} is a constant, not a weight): it has no weights");
        b.Note($"x passes where x > {theta}; every other value becomes 0");
        b.Note($"a Keras 2 (tf.keras) layer: Keras 3's keras.layers has no ThresholdedReLU; ReLU(threshold={theta}) computes the same function there");
    }
}
