namespace NotebookSummary.Tests.Analysis;

/// <summary>Models Keras would reject: a model error naming the layer, in the user's terms, with the rows before it.</summary>
public class InvalidModelTests
{
    [Fact]
    public void No_input_shape_is_reported_on_the_first_layer()
    {
        var s = new Sequential { new Dense(10), new Dense(2) }.Summarize();
        Assert.False(s.IsValid);
        Assert.Empty(s.Rows);
        Assert.Equal(0, s.Error!.LayerIndex);
        Assert.Equal("dense", s.Error.LayerName);
        Assert.Equal("the model has no input shape", s.Error.Message);
        Assert.Contains("input_shape", s.Error.Hint);
    }

    [Fact]
    public void Kernel_larger_than_input_names_layer_and_keeps_earlier_rows()
    {
        // (5,5,1) → Conv2D 3×3 valid → (3,3,8); then a 5×5 kernel does not fit.
        var s = new Sequential
        {
            new Input(5, 5, 1),
            new Conv2D(8, 3),
            new Conv2D(16, 5, name: "too_big"),
            new Flatten(),
        }.Summarize();
        Assert.Single(s.Rows);
        Assert.Equal("(None, 3, 3, 8)", s.Rows[0].OutputShape.ToString());
        Assert.Equal(1, s.Error!.LayerIndex);
        Assert.Equal("too_big", s.Error.LayerName);
        Assert.Equal("Conv2D kernel 5×5 is larger than its 3×3 input", s.Error.Message);
        Assert.Equal("use padding='same' or a smaller kernel_size", s.Error.Hint);
        Assert.Equal(80, s.Totals.Params); // the partial rows' totals: (3·3·1 + 1)·8
    }

    [Fact]
    public void Same_padding_accepts_a_kernel_larger_than_the_input()
    {
        var s = new Sequential { new Input(3, 3, 1), new Conv2D(4, 5, padding: "same") }.Summarize();
        Assert.True(s.IsValid);
        Assert.Equal("(None, 3, 3, 4)", s.Rows[0].OutputShape.ToString());
    }

    [Fact]
    public void Pool_larger_than_input_is_an_error()
    {
        var s = new Sequential { new Input(2, 2, 3), new MaxPooling2D(3) }.Summarize();
        Assert.Equal("MaxPooling2D pool 3×3 is larger than its 2×2 input", s.Error!.Message);
        Assert.Equal("use padding='same' or a smaller pool_size", s.Error.Hint);
    }

    [Fact]
    public void Flatten_of_an_unknown_dimension_is_an_error()
    {
        var s = new Sequential { new Input(null, 13), new Flatten() }.Summarize();
        Assert.Equal("flatten", s.Error!.LayerName);
        Assert.Contains("(None, None, 13)", s.Error.Message);
    }

    [Fact]
    public void Wrong_input_rank_says_what_was_expected()
    {
        var s = new Sequential { new Dense(10, inputDim: 784), new Conv2D(4, 3) }.Summarize();
        Assert.Single(s.Rows);
        Assert.Equal("Conv2D expects a 4D input (batch, rows, cols, channels), but its input is (None, 10) (2D)", s.Error!.Message);
        Assert.Contains("Reshape", s.Error.Hint);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_units_are_an_error(int units)
    {
        var s = new Sequential { new Dense(units, inputDim: 4) }.Summarize();
        Assert.Equal($"Dense argument 'units' must be a positive integer, but it is {units}", s.Error!.Message);
    }

    [Fact]
    public void Non_positive_input_dimension_is_an_error()
    {
        var s = new Sequential { new Input(28, 0, 1), new Flatten() }.Summarize();
        Assert.Contains("not positive", s.Error!.Message);
    }

    [Fact]
    public void Non_positive_kernel_is_an_error()
    {
        var s = new Sequential { new Input(8, 8, 1), new Conv2D(4, (3, 0)) }.Summarize();
        Assert.Equal("Conv2D argument 'kernel_size' must hold positive integers, but it is (3, 0)", s.Error!.Message);
    }

    [Fact]
    public void Duplicate_explicit_names_are_an_error_on_the_second()
    {
        var s = new Sequential
        {
            new Dense(4, inputDim: 2, name: "hidden"),
            new Dense(4, name: "hidden"),
        }.Summarize();
        Assert.Single(s.Rows);
        Assert.Equal(1, s.Error!.LayerIndex);
        Assert.Equal("the name 'hidden' is already used by layer 0", s.Error.Message);
    }

    [Fact]
    public void Default_names_skip_names_taken_explicitly()
    {
        var s = new Sequential { new Dense(4, inputDim: 2, name: "dense"), new Dense(4), new Dense(4) }.Summarize();
        Assert.Equal(["dense", "dense_1", "dense_2"], s.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Input_after_the_first_layer_is_an_error()
    {
        var s = new Sequential { new Dense(4, inputDim: 2), new Input(4) }.Summarize();
        Assert.Equal(1, s.Error!.LayerIndex);
        Assert.Contains("first layer", s.Error.Message);
    }

    [Fact]
    public void Parameter_overflow_is_an_error_not_a_wrap()
    {
        // 3,037,000,500² > 2⁶³: (n_in + 1)·units overflows a 64-bit integer.
        var s = new Sequential { new Dense(int.MaxValue, inputDim: int.MaxValue), new Dense(int.MaxValue), new Dense(int.MaxValue) }.Summarize();
        Assert.False(s.IsValid);
        Assert.Contains("64-bit", s.Error!.Message);
    }

    [Fact]
    public void Frozen_layer_counts_as_non_trainable()
    {
        var s = new Sequential { new Dense(7, inputDim: 4, trainable: false), new Dense(5) }.Summarize();
        Assert.Equal(0, s.Rows[0].TrainableParams);
        Assert.Equal(35, s.Rows[0].NonTrainableParams); // 7·(4+1)
        Assert.Equal(40, s.Totals.TrainableParams);     // 5·(7+1)
        Assert.Equal(35, s.Totals.NonTrainableParams);
    }
}
