using System.Text.RegularExpressions;
using NotebookSummary.Helpers;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Helpers;

/// <summary>
/// The class-name rule against Keras 3's <c>to_snake_case</c> (keras/src/utils/naming.py; the expected names are
/// what Python's <c>re</c> makes of each name with Keras's three substitutions) and against the default names in
/// Keras's own printouts; the parameter-name rule against Keras's argument names.
/// </summary>
public class SnakeCaseTests
{
    [Theory]
    [InlineData("Conv2D", "conv2d")]
    [InlineData("Conv1D", "conv1d")]
    [InlineData("LSTM", "lstm")]
    [InlineData("GRU", "gru")]
    [InlineData("SimpleRNN", "simple_rnn")]
    [InlineData("BatchNormalization", "batch_normalization")]
    [InlineData("Conv2DTranspose", "conv2d_transpose")]
    [InlineData("Conv3DTranspose", "conv3d_transpose")]
    [InlineData("ReLU", "re_lu")]
    [InlineData("PReLU", "p_re_lu")]
    [InlineData("LeakyReLU", "leaky_re_lu")]
    [InlineData("ThresholdedReLU", "thresholded_re_lu")]
    [InlineData("ELU", "elu")]
    [InlineData("UpSampling2D", "up_sampling2d")]
    [InlineData("MaxPooling2D", "max_pooling2d")]
    [InlineData("GlobalAveragePooling1D", "global_average_pooling1d")]
    [InlineData("DepthwiseConv2D", "depthwise_conv2d")]
    [InlineData("TimeDistributed", "time_distributed")]
    [InlineData("Functional", "functional")]
    [InlineData("ConvLSTM2D", "conv_lstm2d")] // tf.keras ≤ 2.8's rule, [A-Z][a-z0-9]+, gave conv_lst_m2d
    [InlineData("STFTSpectrogram", "stft_spectrogram")]
    [InlineData("L1L2", "l1l2")]
    [InlineData("ABcDe", "a_bc_de")] // matches are taken left to right without overlap
    [InlineData("TwoWords_here", "two_words_here")]
    [InlineData("My-Layer!", "my_layer")] // \W+ removed first
    [InlineData("ÜberDense", "über_dense")] // only ASCII capitals start a word; lower() lowers the rest
    public void Class_names_follow_keras_to_snake_case(string className, string expected) =>
        Assert.Equal(expected, SnakeCase.OfClassName(className));

    [Fact]
    public void Default_names_in_keras_printouts_follow_the_class_name_rule()
    {
        var cases = ConformanceCase.AllIds().Select(ConformanceCase.Load)
            .Concat(ConformanceCase.FunctionalIds().Select(ConformanceCase.Functional));
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases)
            foreach (var row in c.Rows)
            {
                string name = Regex.Replace(row.Name, "_[0-9]+$", "");
                // A name Keras made itself: the class name's letters lower-cased, with underscores between words,
                // and not a name the code gave (name="globalaveragepooling1d_2").
                if (!string.Equals(name.Replace("_", "", StringComparison.Ordinal), row.ClassName, StringComparison.OrdinalIgnoreCase)
                    || c.Source.Contains($"\"{row.Name}\"", StringComparison.Ordinal)
                    || c.Source.Contains($"'{row.Name}'", StringComparison.Ordinal)) continue;
                Assert.Equal(name, SnakeCase.OfClassName(row.ClassName));
                classes.Add(row.ClassName);
            }
        Assert.Contains("ConvLSTM2D", classes);
        Assert.True(classes.Count >= 30, $"only {classes.Count} classes with default names were found");
    }

    [Theory]
    [InlineData("units", "units")]
    [InlineData("kernelSize", "kernel_size")]
    [InlineData("useBias", "use_bias")]
    [InlineData("dilationRate", "dilation_rate")]
    [InlineData("returnSequences", "return_sequences")]
    [InlineData("depthMultiplier", "depth_multiplier")]
    [InlineData("includeTop", "include_top")]
    [InlineData("classifierActivation", "classifier_activation")]
    [InlineData("l1", "l1")]
    [InlineData("l1L2", "l1_l2")] // Keras's regularizer alias; the class-name rule would give l1l2
    public void Parameter_names_become_keras_argument_names(string camel, string expected) =>
        Assert.Equal(expected, SnakeCase.OfParameterName(camel));

    [Fact]
    public void The_two_rules_differ_where_a_capital_follows_a_digit() =>
        Assert.NotEqual(SnakeCase.OfClassName("l1L2"), SnakeCase.OfParameterName("l1L2"));
}
