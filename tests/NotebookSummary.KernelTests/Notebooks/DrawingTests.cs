using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Notebooks;

/// <summary>
/// notebooks/04-drawing.ipynb: AlexNet (seed 003's convnet-drawer example in Keras, conformance case 0020) and VGG16
/// (keras.applications.VGG16 with top, case 0026), drawn and summarized.
/// </summary>
[Collection(KernelCollection.Name)]
public class DrawingTests(DrawingNotebook notebook)
    : NotebookTests<DrawingNotebook>(notebook), IClassFixture<DrawingNotebook>
{
    private const string AlexNet = "0020";
    private const string Vgg16 = "0026";

    /// <summary>The drawing a cell returned (an SVG, shown as HTML).</summary>
    private string Drawing(string marker)
    {
        var value = Assert.Single(Notebook.Cell(marker).Values);
        string svg = Assert.Single(value, o => o.MimeType == "text/html").Content;
        Assert.NotEmpty(SvgDrawing.Drawings(svg));
        return svg;
    }

    [Theory]
    [InlineData("alexnet", AlexNet)]
    [InlineData("vgg16", Vgg16)]
    public async Task The_models_are_the_classic_networks_as_keras_summarizes_them(string variable, string caseId)
    {
        var json = await Notebook.RunOkAsync($"{variable}.View(SummaryFormat.Json)");
        KerasConformance.AssertMatches(caseId, json.Returned("text/plain")!);
        var text = await Notebook.RunOkAsync($"{variable}.View(SummaryFormat.Text)");
        Assert.Equal(KerasGolden.Keras3Summary(caseId, variable), text.Returned("text/plain")); // the notebook names them
    }

    [Fact]
    public void Alexnet_as_svg_labels_every_keras_shape()
    {
        var texts = SvgDrawing.Texts(Drawing("var alexnet = new Sequential"));
        Assert.Contains("12 layers · 62,378,344 parameters", texts); // case 0020's total
        SvgDrawing.AssertInOrder(SvgDrawing.ShapeLabels(AlexNet).Prepend("227×227×3"), texts);
        SvgDrawing.AssertInOrder(["11×11 /4", "3×3 /2", "5×5"], texts); // kernel_size / strides as written
    }

    [Fact]
    public void Alexnet_summary_shows_where_the_parameters_are()
    {
        var cell = Notebook.Cell("alexnet");
        Assert.Contains("37,752,832", cell.Returned("text/plain")); // dense: (9216 + 1)·4096, case 0020
        Assert.Contains("62,378,344", HtmlText.Of(cell.Returned("text/html")));
    }

    [Fact]
    public void Vgg16_as_svg_labels_every_keras_shape()
    {
        var texts = SvgDrawing.Texts(Drawing("var vgg16 = new Sequential"));
        Assert.Contains("22 layers · 138,357,544 parameters", texts); // case 0026's total
        SvgDrawing.AssertInOrder(SvgDrawing.ShapeLabels(Vgg16).Prepend("224×224×3"), texts);
    }

    [Fact]
    public void Vgg16_text_is_keras_3s_table()
    {
        // Keras prints the model's name: the notebook names it "vgg16".
        Assert.Equal(KerasGolden.Keras3Summary(Vgg16, "vgg16"), Notebook.Cell("vgg16.View(SummaryFormat.Text)").Returned("text/plain"));
    }
}
