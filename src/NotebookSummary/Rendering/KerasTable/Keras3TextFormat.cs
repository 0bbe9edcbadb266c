using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Columns;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.KerasTable;

/// <summary><c>text</c>: Keras 3's <c>model.summary()</c>, byte for byte — the Keras 3 style of <see cref="KerasTableRenderer"/>.</summary>
internal sealed class Keras3TextFormat() : PlainTextFormat(SummaryFormat.Text, "text", "Keras 3 model.summary() table, byte for byte")
{
    public override bool TakesLineLength => true;

    public override bool TakesTrainableColumn => true;

    // --columns asks for a torchinfo-style table of chosen columns instead of Keras's.
    protected override string RenderBody(ModelSummary summary, RenderOptions options) => options.Columns is { } columns
        ? ColumnTableRenderer.Render(summary, columns)
        : KerasTableRenderer.Render(summary, new KerasTableOptions
        {
            Style = KerasTableStyle.Keras3, LineLength = options.Width, ShowTrainable = options.ShowTrainable,
        });
}
