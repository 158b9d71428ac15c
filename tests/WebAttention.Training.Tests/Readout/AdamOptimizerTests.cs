using WebAttention.Training.Readout;

namespace WebAttention.Training.Tests.Readout;

public class AdamOptimizerTests
{
    [Fact]
    public void Adam_finds_the_minimum_of_a_badly_scaled_quadratic()
    {
        // f(x) = Σ a_i (x_i − c_i)², curvatures spanning four orders of magnitude.
        float[] a = [0.01f, 1f, 100f, 3f];
        float[] c = [2f, -1f, 0.5f, 10f];
        var x = new float[4];
        var gradient = new float[4];
        var adam = new AdamOptimizer(4);

        for (var step = 0; step < 3000; step++)
        {
            for (var i = 0; i < 4; i++)
            {
                gradient[i] = 2 * a[i] * (x[i] - c[i]);
            }

            adam.Step(x, gradient, learningRate: step < 2000 ? 0.05 : 0.005);
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(c[i], x[i], 2);
        }

        Assert.Equal(3000, adam.Steps);
    }

    [Fact]
    public void The_first_step_moves_each_parameter_by_the_learning_rate_against_its_gradient_sign()
    {
        var x = new float[] { 1f, 1f, 1f };
        new AdamOptimizer(3).Step(x, [5f, -0.001f, 0f], learningRate: 0.1);

        Assert.Equal(0.9f, x[0], 5);
        Assert.Equal(1.1f, x[1], 3);
        Assert.Equal(1f, x[2], 6);
    }
}
