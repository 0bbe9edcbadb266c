using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>keras2</c>: tf.keras 2.x's <c>model.summary()</c> — the Keras 2 style of <see cref="KerasTableRenderer"/>.</summary>
internal sealed class Keras2TextFormat() : PlainTextFormat(SummaryFormat.Keras2, "keras2", "tf.keras 2.x model.summary() table")
{
    public override bool TakesLineLength => true;

    // tf.keras 2.x had no Trainable column: RenderOptions.ShowTrainable does not apply.
    protected override void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output) =>
        KerasTableRenderer.Write(output, summary, new KerasTableOptions { Style = KerasTableStyle.Keras2, LineLength = options.Width });
}
