namespace WebAttention.Testing;

/// <summary>
/// The one models folder every test project and bench shares: the generated test models are composed there once
/// (seconds of work) and reused by the next project's run.
/// </summary>
public static class TestModels
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "webattention-test-models");
}
