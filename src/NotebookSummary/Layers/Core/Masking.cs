using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Masking(mask_value=0.0)</c>: marks the timesteps whose features all equal <c>mask_value</c> so that
/// later layers (LSTM, GRU, ...) skip them; the values pass through unchanged; no weights.
/// </summary>
public sealed class Masking(double maskValue = 0.0, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public double MaskValue { get; } = maskValue;

    public override LayerKind Kind => LayerKind.Other;

    protected internal override void Build(LayerBuilder b)
    {
        b.OutputSameAsInput();
        b.NoParams("masking only marks padded timesteps for later layers: it has no weights");
        b.Note($"a timestep whose features all equal mask_value={MaskValue.ToString(CultureInfo.InvariantCulture)} is skipped by the layers after it");
    }
}
