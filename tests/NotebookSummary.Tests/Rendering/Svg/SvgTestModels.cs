using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>Models of the SVG tests (seed 003's AlexNet, VGG16, a small MNIST CNN) and helpers to read the SVG.</summary>
internal static class SvgTestModels
{
    public static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>Seed 003's AlexNet, layer for layer (convnet-drawer's example.py).</summary>
    public static Sequential AlexNet() => new("AlexNet")
    {
        new Input(227, 227, 3),
        new Conv2D(96, (11, 11), (4, 4)),
        new MaxPooling2D((3, 3), strides: (2, 2)),
        new Conv2D(256, (5, 5), padding: "same"),
        new MaxPooling2D((3, 3), (2, 2)),
        new Conv2D(384, (3, 3), padding: "same"),
        new Conv2D(384, (3, 3), padding: "same"),
        new Conv2D(256, (3, 3), padding: "same"),
        new MaxPooling2D((3, 3), (2, 2)),
        new Flatten(),
        new Dense(4096),
        new Dense(4096),
        new Dense(1000),
    };

    /// <summary>VGG16 (configuration D, conformance case 0026), named as the drawing captions it.</summary>
    public static Sequential Vgg16()
    {
        var model = SeedModels.Vgg16();
        model.Name = "VGG16";
        return model;
    }

    /// <summary>The MNIST CNN (Keras's mnist_convnet example) with a Dropout before the classifier.</summary>
    public static Sequential Mnist() => new("mnist_cnn")
    {
        new Input(28, 28, 1),
        new Conv2D(32, 3, activation: "relu"),
        new MaxPooling2D(2),
        new Conv2D(64, 3, activation: "relu"),
        new MaxPooling2D(2),
        new Flatten(),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    };

    /// <summary>A stack of <paramref name="depth"/> Dense layers on a 32-vector.</summary>
    public static Sequential DeepMlp(int depth, bool withDropout = false)
    {
        var model = new Sequential("deep") { new Input(32) };
        for (int i = 0; i < depth; i++)
        {
            model.Add(new Dense(32));
            if (withDropout) model.Add(new Dropout(0.1));
        }
        return model;
    }

    public static XDocument Render(Sequential model, SvgOptions? options = null) => Parse(model.Summarize(), options);

    public static XDocument Parse(ModelSummary summary, SvgOptions? options = null) =>
        XDocument.Parse(SvgRenderer.Render(summary, options));

    /// <summary>Every drawing of the output: one for a file, the wide and the narrow one of a notebook's fragment.</summary>
    public static List<XDocument> Drawings(ModelSummary summary, SvgOptions options) =>
        SvgDrawings.Of(SvgRenderer.Render(summary, options));

    /// <summary>The &lt;g&gt; elements whose class is <paramref name="cls"/>, in document order.</summary>
    public static List<XElement> Groups(XDocument doc, string cls) =>
        doc.Descendants(SvgNs + "g").Where(g => (string?)g.Attribute("class") == cls).ToList();

    /// <summary>All text content of &lt;text&gt; elements under <paramref name="root"/>.</summary>
    public static List<string> Texts(XContainer root) => root.Descendants(SvgNs + "text").Select(t => t.Value).ToList();

    /// <summary>The shape label of an element group: its first text (drawn above the box).</summary>
    public static string Label(XElement group) => group.Elements(SvgNs + "text").First().Value;

    public static double Number(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);
}
