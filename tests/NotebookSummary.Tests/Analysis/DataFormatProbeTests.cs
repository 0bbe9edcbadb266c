using System.Reflection;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A row's <c>data_format</c>: the library's layers declare theirs (<see cref="IHasDataFormat"/>), so a row reads a
/// property, not reflection; a layer type written elsewhere with a public <c>DataFormat</c> string is still read by
/// name. Keras lower-cases the argument and defaults it to <c>channels_last</c>.
/// </summary>
public class DataFormatProbeTests
{
    public static TheoryData<Type> LibraryTypesWithADataFormat()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(Layer).Assembly.GetTypes().Where(t => typeof(Layer).IsAssignableFrom(t)))
            if (t.GetProperty("DataFormat", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var type } && type == typeof(string))
                data.Add(t);
        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryTypesWithADataFormat))]
    public void Every_library_layer_with_a_data_format_declares_it(Type type) =>
        // A library type that only had the property would lose its data format: the probe reads no library type by name.
        Assert.True(typeof(IHasDataFormat).IsAssignableFrom(type), $"{type.Name} has DataFormat but does not implement IHasDataFormat");

    [Theory]
    [InlineData("Channels_First", "channels_first")]
    [InlineData(null, "channels_last")]
    public void A_layer_written_elsewhere_is_read_by_name(string? given, string expected)
    {
        var summary = new Sequential { new Input(8, 8, 3), new CustomPooling { DataFormat = given } }.Summarize();

        Assert.Equal(expected, summary.Rows[0].DataFormat);
    }

    [Fact]
    public void A_layer_without_one_has_none()
    {
        var summary = new Sequential { new Input(8), new Dense(4), new CustomIdentity() }.Summarize();

        Assert.Null(summary.Rows[0].DataFormat);
        Assert.Null(summary.Rows[1].DataFormat);
    }

    [Fact]
    public void A_library_layer_reports_its_argument_lower_cased()
    {
        var summary = new Sequential { new Input(3, 8, 8), new Conv2D(4, 3, dataFormat: "CHANNELS_FIRST") }.Summarize();

        Assert.Equal("channels_first", summary.Rows[0].DataFormat);
    }

    /// <summary>A user's layer following the library's convention for <c>data_format</c>.</summary>
    private sealed class CustomPooling : Layer
    {
        public string? DataFormat { get; init; }

        protected internal override void Build(LayerBuilder b)
        {
            b.NoParams("a test layer");
            b.OutputSameAsInput();
        }
    }

    private sealed class CustomIdentity : Layer
    {
        protected internal override void Build(LayerBuilder b)
        {
            b.NoParams("a test layer");
            b.OutputSameAsInput();
        }
    }
}
