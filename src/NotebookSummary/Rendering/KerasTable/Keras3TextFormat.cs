using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>text</c>: Keras 3's <c>model.summary()</c>, byte for byte — the Keras 3 style of <see cref="KerasTableRenderer"/>.</summary>
internal sealed class Keras3TextFormat() : PlainTextFormat(SummaryFormat.Text, "text", "Keras 3 model.summary() table, byte for byte")
{
    public override bool TakesLineLength => true;

    public override bool TakesTrainableColumn => true;

    protected override void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output) =>
        KerasTableRenderer.Write(output, summary, new KerasTableOptions
        {
            Style = KerasTableStyle.Keras3, LineLength = options.Width, ShowTrainable = options.ShowTrainable,
        });
}
