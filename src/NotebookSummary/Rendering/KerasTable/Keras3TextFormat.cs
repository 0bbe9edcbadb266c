using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>text</c>: Keras 3's <c>model.summary()</c>, byte for byte — the Keras 3 style of <see cref="KerasTableRenderer"/>.</summary>
internal sealed class Keras3TextFormat() : PlainTextFormat(SummaryFormat.Text, "text", "Keras 3 model.summary() table, byte for byte")
{
    public override bool TakesLineLength => true;

    public override bool TakesTrainableColumn => true;

    // --columns asks for a torchinfo-style table of chosen columns instead of Keras's; that table is built whole
    // and then handed to the sink (it does not stream row by row yet).
    protected override void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output)
    {
        if (options.Columns is { } columns)
        {
            output.Buffer.Append(ColumnTableRenderer.Render(summary, columns));
            output.AtBoundary();
            return;
        }
        KerasTableRenderer.Write(output, summary, new KerasTableOptions
        {
            Style = KerasTableStyle.Keras3, LineLength = options.Width, ShowTrainable = options.ShowTrainable,
        });
    }
}
