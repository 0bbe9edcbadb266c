using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases with shared layers (one layer object called several times), several named
/// outputs, and models used as layers (nested Functional and Sequential models, one frozen), built with the C# API
/// as their model.py builds them, against Keras 3.15.1's answers and printouts.
/// </summary>
public class NestedAndSharedConformanceTests
{
    private static void Check(string id, Model model) => ConformanceCase.Functional(id).AssertMatchesAndPrintouts(model.Summarize());

    [Fact]
    public void Case_0002_ticket_classifier_has_named_outputs_listed_by_name() => Check("0002", FunctionalModels.Case0002());

    [Fact]
    public void Case_0007_autoencoder_of_two_nested_models() => Check("0007", FunctionalModels.Case0007());

    [Fact]
    public void Case_0009_ensemble_of_three_models_takes_keras_session_names() => Check("0009", FunctionalModels.Case0009());

    [Fact]
    public void Case_0011_one_lstm_shared_by_two_inputs_is_one_row() => Check("0011", FunctionalModels.Case0011());

    [Fact]
    public void Case_0012_a_shared_nested_vision_model() => Check("0012", FunctionalModels.Case0012());

    [Fact]
    public void Case_0068_siamese_towers_share_two_dense_layers() => Check("0068", FunctionalModels.Case0068());

    [Fact]
    public void Case_0079_gan_with_a_nested_sequential_and_a_frozen_discriminator() => Check("0079", FunctionalModels.Case0079());

    [Fact]
    public void Case_0177_random_dag_with_three_inputs_two_outputs_and_a_shared_conv() => Check("0177", FunctionalModels.Case0177());
}
