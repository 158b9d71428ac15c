using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Pages.Admin;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core;

namespace WebAttention.Client.Tests.Components;

public class ModelsAdminTests : MudTestContext
{
    private readonly FakeModelsApi api = new();
    private readonly BunitAuthorizationContext auth;

    public ModelsAdminTests()
    {
        Services.AddSingleton<IModelsApi>(api);
        auth = AddAuthorization();
        auth.SetAuthorized("admin@example.test");
        auth.SetRoles(Roles.Admin);
        api.Models.Add(FakeModelsApi.Model("resnet18-readout-v1", isDefault: true, builtIn: true));
        api.Models.Add(FakeModelsApi.Model("tiny-next"));
        api.Models.Add(FakeModelsApi.Model("tiny-damaged", problem: "model.onnx does not match the manifest's sha256 (damaged or replaced)."));
    }

    [Fact]
    public void Lists_every_model_with_its_status_default_badge_and_short_hash()
    {
        var cut = Render<ModelsAdmin>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=model-name]").Count));
        var rows = cut.FindAll("tbody tr");
        Assert.Contains("default", rows[0].QuerySelector("[data-testid=model-name]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("default", rows[1].QuerySelector("[data-testid=model-name]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("valid", rows[1].QuerySelector("[data-testid=model-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("broken", rows[2].QuerySelector("[data-testid=model-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("does not match", rows[2].QuerySelector("[data-testid=model-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("cccccccccccc", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("11.2 MB", rows[1].TextContent, StringComparison.Ordinal);
        Assert.True(rows[0].QuerySelector("[data-testid=model-delete]")!.HasAttribute("disabled"));
        Assert.True(rows[2].QuerySelector("[data-testid=model-set-default]")!.HasAttribute("disabled"));
    }

    [Fact]
    public void Make_default_calls_the_api_and_moves_the_badge()
    {
        var cut = Render<ModelsAdmin>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));

        cut.FindAll("tbody tr")[1].QuerySelector("[data-testid=model-set-default]")!.Click();

        Assert.Equal(["tiny-next"], api.DefaultRequests);
        cut.WaitForAssertion(() =>
            Assert.Contains("default", cut.FindAll("tbody tr")[1].QuerySelector("[data-testid=model-name]")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_change_shows_the_servers_reason_in_an_error_snackbar()
    {
        api.RefuseWith = "Model 'tiny-next' cannot be the default; the previous default stays.";
        var cut = Render<ModelsAdmin>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));

        cut.FindAll("tbody tr")[1].QuerySelector("[data-testid=model-set-default]")!.Click();

        var snackbar = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s =>
            s.Severity == Severity.Error && s.Message!.Contains("the previous default stays", StringComparison.Ordinal)));
        Assert.Contains("default", cut.FindAll("tbody tr")[0].QuerySelector("[data-testid=model-name]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uploaded_zip_is_sent_and_the_new_model_listed()
    {
        var cut = Render<ModelsAdmin>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[2048], "tiny-uploaded.zip", null, "application/zip"));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count));
        Assert.Equal(["tiny-uploaded.zip"], api.Uploaded);
    }

    [Fact]
    public void A_signed_in_non_admin_is_told_they_are_not_authorised_and_nothing_is_loaded()
    {
        auth.SetRoles(Roles.Creator);

        var cut = Render<ModelsAdmin>();

        Assert.NotNull(cut.Find("[data-testid=models-not-authorised]"));
        Assert.Empty(cut.FindAll("[data-testid=model-table]"));
    }
}
