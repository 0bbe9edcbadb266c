using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Keras.Binding;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// The catalogue finds layers by reflection, so a new layer file needs no edit elsewhere; every constructor it
/// finds can be called from Python.
/// </summary>
public class LayerCatalogTests
{
    [Theory]
    [InlineData("Dense", "Dense")]
    [InlineData("Conv2D", "Conv2D")]
    [InlineData("Convolution2D", "Conv2D")]
    [InlineData("Convolution1D", "Conv1D")]
    [InlineData("AtrousConvolution2D", "Conv2D")]
    [InlineData("Deconvolution2D", "Conv2DTranspose")]
    [InlineData("SeparableConvolution2D", "SeparableConv2D")]
    [InlineData("MaxPool2D", "MaxPooling2D")]
    [InlineData("AvgPool1D", "AveragePooling1D")]
    [InlineData("GlobalAvgPool2D", "GlobalAveragePooling2D")]
    [InlineData("GlobalMaxPool3D", "GlobalMaxPooling3D")]
    [InlineData("CuDNNLSTM", "LSTM")]
    [InlineData("Input", "Input")]
    [InlineData("InputLayer", "InputLayer")]
    public void Keras_names_and_aliases_resolve(string name, string className)
    {
        Assert.True(LayerCatalog.Default.TryFind(name, out var type));
        Assert.Equal(className, type.Name);
        Assert.Equal(className, LayerCatalog.Default.Canonical(name));
    }

    [Fact]
    public void Unknown_names_do_not_resolve_and_names_are_case_sensitive()
    {
        Assert.False(LayerCatalog.Default.TryFind("Conv2d", out _));
        Assert.False(LayerCatalog.Default.TryFind("Layer", out _)); // abstract
        Assert.Null(LayerCatalog.Default.Canonical("Nope"));
    }

    /// <summary>
    /// The keras.layers classes the library describes, written out from Keras 3's layer API (keras.io/api/layers),
    /// family by family: the reader must find exactly these, so a layer file that is not a Keras layer, or a Keras
    /// layer the catalogue misses, fails here.
    /// </summary>
    private static readonly string[] KerasLayers =
    [
        // Core
        "Input", "InputLayer", "Dense", "Activation", "Embedding", "Masking", "Lambda",
        // Convolution
        "Conv1D", "Conv2D", "Conv3D", "SeparableConv1D", "SeparableConv2D", "DepthwiseConv1D", "DepthwiseConv2D",
        "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
        // Pooling
        "MaxPooling1D", "MaxPooling2D", "MaxPooling3D", "AveragePooling1D", "AveragePooling2D", "AveragePooling3D",
        "GlobalMaxPooling1D", "GlobalMaxPooling2D", "GlobalMaxPooling3D",
        "GlobalAveragePooling1D", "GlobalAveragePooling2D", "GlobalAveragePooling3D",
        // Recurrent
        "LSTM", "GRU", "SimpleRNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D", "TimeDistributed", "Bidirectional",
        // Preprocessing
        "Normalization", "Rescaling", "Resizing", "CenterCrop", "RandomCrop", "RandomFlip", "RandomRotation",
        "RandomTranslation", "RandomZoom", "RandomContrast", "RandomBrightness",
        // Normalization
        "BatchNormalization", "LayerNormalization", "GroupNormalization", "UnitNormalization",
        // Regularization
        "Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "GaussianDropout", "AlphaDropout",
        "GaussianNoise", "ActivityRegularization",
        // Attention
        "Attention", "AdditiveAttention", "MultiHeadAttention",
        // Reshaping
        "Reshape", "Flatten", "RepeatVector", "Permute", "Cropping1D", "Cropping2D", "Cropping3D",
        "UpSampling1D", "UpSampling2D", "UpSampling3D", "ZeroPadding1D", "ZeroPadding2D", "ZeroPadding3D",
        // Merging
        "Concatenate", "Average", "Maximum", "Minimum", "Add", "Subtract", "Multiply", "Dot",
        // Activation layers
        "ReLU", "Softmax", "LeakyReLU", "PReLU", "ELU", "ThresholdedReLU",
    ];

    [Fact]
    public void The_catalogue_holds_the_keras_layers_written_out_from_kerases_api()
    {
        Assert.Equal(KerasLayers.Order(StringComparer.Ordinal), LayerCatalog.Default.ClassNames);
    }

    [Fact]
    public void Every_layer_class_keras_reported_in_a_conformance_case_is_catalogued()
    {
        static IEnumerable<KerasRow> All(IEnumerable<KerasRow> rows) => rows.SelectMany(r => (r.Nested?.Rows is { } inner ? All(inner) : []).Prepend(r));
        var classes = ConformanceCase.AllIds().Select(ConformanceCase.Load)
            .Concat(ConformanceCase.FunctionalIds().Select(ConformanceCase.Functional))
            .SelectMany(c => All(c.Rows))
            // Operations are keras.ops, models are models, and LayerScale is ConvNeXt's own layer, not keras.layers.
            .Where(r => !r.IsOperation && r.ClassName is not ("Functional" or "Sequential" or "LayerScale"))
            .Select(r => r.ClassName).ToHashSet();
        Assert.Subset(LayerCatalog.Default.ClassNames.ToHashSet(), classes);
    }

    public static TheoryData<string> ClassNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in LayerCatalog.Default.ClassNames) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClassNames))]
    public void Every_constructor_parameter_type_can_be_given_from_python(string className)
    {
        LayerCatalog.Default.TryFind(className, out var type);
        foreach (var constructor in type.GetConstructors())
            foreach (var parameter in constructor.GetParameters())
                Assert.True(ValueConverter.Supports(parameter.ParameterType),
                    $"{className}({parameter.Name}): the reader cannot convert Python values to {parameter.ParameterType}");
    }

    [Theory]
    [MemberData(nameof(ClassNames))]
    public void Every_layer_called_without_arguments_is_built_or_names_what_is_missing(string className)
    {
        var result = KerasSource.Parse($"from keras import layers, Sequential\nmodel = Sequential([layers.{className}()])\n");
        var summary = result.Summarize();
        Assert.DoesNotContain(summary.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
        foreach (var error in result.Diagnostics.Where(d => d.IsError))
            Assert.Matches($"^{className}\\(\\) is missing its '[a-z_]+'( and '[a-z_]+')* arguments?$|^{className}\\(\\) is missing its .*arguments$", error.Message);
    }

    [Fact]
    public void A_name_looked_up_lazily_finds_the_type_the_enumeration_finds()
    {
        // The default catalogue finds a name without enumerating the assembly; both ways must agree on every
        // class and alias (a layer written outside the root namespace would break this).
        var enumerated = new LayerCatalog([typeof(Layer).Assembly]);
        var lazy = LayerCatalog.ForCore();
        foreach (var name in enumerated.AllNames.Concat(["Layer", "Conv2d", "Sequential", "optimizers", "Wrapper"]))
        {
            Assert.Equal(enumerated.TryFind(name, out var expected), lazy.TryFind(name, out var found));
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Reading_a_three_layer_model_examines_only_the_layer_classes_it_uses()
    {
        var catalog = LayerCatalog.ForCore();
        var result = KerasSource.Parse("""
            import keras
            from keras import layers
            model = keras.Sequential()
            model.add(layers.Conv2D(32, 3, input_shape=(28, 28, 1)))
            model.add(layers.Flatten())
            model.add(layers.Dense(10))
            model.add(layers.Dense(2))
            model.summary()
            """, catalog);
        Assert.True(result.Summarize().Summary!.IsValid);
        // Conv2D, Flatten, Dense: each looked up once by name (Keras's Sequential is not a layer lookup).
        Assert.Equal(3, catalog.TypesExamined);
        var everything = new LayerCatalog([typeof(Layer).Assembly]);
        Assert.True(everything.TypesExamined > 100, "the enumerating catalogue examines every type of the assembly");
    }

    [Fact]
    public void A_layer_type_from_another_assembly_is_read_without_any_edit()
    {
        var catalog = new LayerCatalog([typeof(Layer).Assembly, typeof(Doubler).Assembly]);
        var result = KerasSource.Parse("from keras.layers import Dense, Doubler\nfrom keras.models import Sequential\n"
                                       + "model = Sequential([Dense(3, input_dim=2), Doubler(factor=4)])\n", catalog);
        var summary = result.Summarize().Summary!;
        Assert.True(summary.IsValid);
        Assert.Equal("(None, 12)", summary.Rows[1].OutputShape.ToString());
        Assert.Equal("doubler", summary.Rows[1].Name);
        // The default catalogue does not know it, and says so.
        var error = Assert.Single(KerasSource.Parse("from keras.layers import Doubler\nDoubler()\nfrom keras.models import Sequential\nm = Sequential([Doubler()])\n").Diagnostics,
            d => d.IsError);
        Assert.Equal("unknown layer 'Doubler'", error.Message);
    }
}

/// <summary>A layer defined outside the library: multiplies its last dimension (test only).</summary>
public sealed class Doubler(int factor = 2, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim)
{
    public int Factor { get; } = factor;

    protected internal override void Build(LayerBuilder b)
    {
        var dims = b.Input.SampleDims.ToArray();
        dims[^1] *= Factor;
        b.Output(dims);
        b.NoParams("a test layer");
    }
}
