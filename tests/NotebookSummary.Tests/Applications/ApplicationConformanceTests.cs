namespace NotebookSummary.Tests.Applications;

/// <summary>
/// The six Keras Applications cases of the functional conformance set (Keras 3.15.1's answers), built with the C#
/// API: every row, shape, count and connection, and both printouts byte for byte. Read from their model.py, they are
/// checked with every functional case by <c>FunctionalSourceConformanceTests</c>.
/// </summary>
public class ApplicationConformanceTests
{
    private static void Check(string id, Model model) => ConformanceCase.Functional(id).AssertMatchesAndPrintouts(model.Summarize());

    [Fact]
    public void Case_0100_resnet50_with_its_defaults() =>
        Check("0100", NotebookSummary.Applications.ResNet50(weights: null));

    [Fact]
    public void Case_0124_vgg16_without_top_at_150_pixels_is_a_chain() =>
        Check("0124", NotebookSummary.Applications.VGG16(weights: null, includeTop: false, inputShape: (150, 150, 3)));

    [Fact]
    public void Case_0126_mobilenetv2_alpha_035_at_96_pixels_with_average_pooling() =>
        Check("0126", NotebookSummary.Applications.MobileNetV2(inputShape: (96, 96, 3), alpha: 0.35, includeTop: false,
            weights: null, pooling: "avg"));

    [Fact]
    public void Case_0116_efficientnetb0_rescales_and_normalizes_its_input() =>
        Check("0116", NotebookSummary.Applications.EfficientNetB0(weights: null));

    [Fact]
    public void Case_0128_mobilenetv3small_without_top_has_hard_sigmoid_operation_rows() =>
        Check("0128", NotebookSummary.Applications.MobileNetV3Small(inputShape: (224, 224, 3), includeTop: false, weights: null));

    [Fact]
    public void Case_0134_convnexttiny_without_top_has_nested_sequentials_layer_scales_and_residual_sum_rows() =>
        Check("0134", NotebookSummary.Applications.ConvNeXtTiny(includeTop: false, weights: null, inputShape: (64, 64, 3)));
}
