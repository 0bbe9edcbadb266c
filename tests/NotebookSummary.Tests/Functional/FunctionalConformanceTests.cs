using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases built with the C# API, line for line as their model.py builds them, against
/// Keras 3.15.1's answers: rows, shapes, parameters, Connected to, inputs and outputs, and both printouts byte for
/// byte. The Keras Applications cases are checked by ApplicationConformanceTests (0100, 0116, 0124, 0126, 0128, 0134).
/// </summary>
public class FunctionalConformanceTests
{
    private static void Check(string id, Model model) => ConformanceCase.Functional(id).AssertMatchesAndPrintouts(model.Summarize());

    [Fact]
    public void Case_0073_data_augmentation_is_a_nested_sequential_without_an_input() => Check("0073", FunctionalModels.Case0073());

    [Fact]
    public void Case_0001_guide_mnist_mlp_is_a_sequential_like_chain_with_its_input_row() => Check("0001", FunctionalModels.Case0001());

    [Fact]
    public void Case_0004_guide_toy_resnet_adds_skip_connections() => Check("0004", FunctionalModels.Case0004());

    [Fact]
    public void Case_0014_inception_module_concatenates_three_towers_on_axis_1() => Check("0014", FunctionalModels.Case0014());

    [Fact]
    public void Case_0017_unet_xception_builds_its_blocks_in_loops() => Check("0017", FunctionalModels.Case0017());

    [Fact]
    public void Case_0019_text_classification_conv1d_is_sequential_like() => Check("0019", FunctionalModels.Case0019());

    [Fact]
    public void Case_0025_seq2seq_lstm_states_feed_the_decoder() => Check("0025", FunctionalModels.Case0025());

    [Fact]
    public void Case_0026_attention_on_a_shared_embedding_and_conv1d() => Check("0026", FunctionalModels.Case0026());

    [Fact]
    public void Case_0028_transformer_block_whose_attention_takes_the_name_dropout() => Check("0028", FunctionalModels.Case0028());

    [Fact]
    public void Case_0031_wide_and_deep_has_two_inputs_and_two_outputs() => Check("0031", FunctionalModels.Case0031());

    [Fact]
    public void Case_0034_subtract_merges_two_branches() => Check("0034", FunctionalModels.Case0034());

    [Fact]
    public void Case_0044_concatenate_on_several_axes() => Check("0044", FunctionalModels.Case0044());

    [Fact]
    public void Case_0045_dot_with_normalize_and_with_a_negative_axis() => Check("0045", FunctionalModels.Case0045());

    [Fact]
    public void Case_0048_resnet_basic_blocks_from_a_helper_that_reads_a_tensor_shape() => Check("0048", FunctionalModels.Case0048());

    [Fact]
    public void Case_0054_unet_with_upsampling_and_skip_concatenations() => Check("0054", FunctionalModels.Case0054());

    [Fact]
    public void Case_0059_squeeze_excite_blocks_multiply_by_channel_weights() => Check("0059", FunctionalModels.Case0059());

    [Fact]
    public void Case_0065_two_heads_from_one_trunk() => Check("0065", FunctionalModels.Case0065());

    [Fact]
    public void Case_0084_keras_ops_and_tensor_arithmetic_are_operation_rows() => Check("0084", FunctionalModels.Case0084());

    [Fact]
    public void Case_0099_eight_branches_in_one_concatenate() => Check("0099", FunctionalModels.Case0099());

    [Fact]
    public void Case_0139_random_dag_with_a_gru_branch_and_a_pooling_branch() => Check("0139", FunctionalModels.Case0139());

    [Fact]
    public void Case_0143_random_dag_whose_first_output_is_shallow() => Check("0143", FunctionalModels.Case0143());

    [Fact]
    public void Case_0147_random_dag_with_bidirectional_and_a_reused_tensor() => Check("0147", FunctionalModels.Case0147());

    [Fact]
    public void Case_0172_random_dag_with_minimum_and_three_outputs() => Check("0172", FunctionalModels.Case0172());

    [Fact]
    public void Case_0195_random_dag_concatenating_an_input_with_two_branches() => Check("0195", FunctionalModels.Case0195());

    [Fact]
    public void Case_0217_residual_blocks_with_a_projection_when_the_channels_change() => Check("0217", FunctionalModels.Case0217());

    [Fact]
    public void Case_0229_dense_blocks_from_a_loop() => Check("0229", FunctionalModels.Case0229());

    [Fact]
    public void Case_0231_dense_blocks_of_several_widths() => Check("0231", FunctionalModels.Case0231());
}
