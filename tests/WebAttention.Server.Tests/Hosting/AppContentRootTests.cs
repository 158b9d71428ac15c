using WebAttention.Server.Extensions;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>A published server started from another folder takes its own folder as content root.</summary>
public sealed class AppContentRootTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("webattention-contentroot-").FullName;

    [Fact]
    public void A_published_app_started_elsewhere_uses_its_own_folder()
    {
        var app = Published("app");
        var elsewhere = Folder("elsewhere");

        Assert.Equal(app, AppContentRoot.Resolve([], elsewhere, app));
    }

    [Fact]
    public void A_working_folder_with_settings_keeps_the_default()
    {
        var app = Published("app");
        var project = Folder("project");
        File.WriteAllText(Path.Combine(project, "appsettings.json"), "{}");

        Assert.Null(AppContentRoot.Resolve([], project, app));
    }

    [Fact]
    public void A_build_output_without_wwwroot_keeps_the_default()
    {
        var bin = Folder("bin");
        File.WriteAllText(Path.Combine(bin, "appsettings.json"), "{}");

        Assert.Null(AppContentRoot.Resolve([], Folder("elsewhere"), bin));
    }

    [Fact]
    public void An_explicit_content_root_wins()
    {
        var app = Published("app");

        Assert.Null(AppContentRoot.Resolve(["--contentRoot=/srv/wa"], Folder("elsewhere"), app));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private string Published(string name)
    {
        var folder = Folder(name);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{}");
        Directory.CreateDirectory(Path.Combine(folder, "wwwroot"));
        return folder;
    }
}
