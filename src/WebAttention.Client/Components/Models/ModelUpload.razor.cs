using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Core.Models;

namespace WebAttention.Client.Components.Models;

/// <summary>Picks a model zip, uploads it with progress, and reports the registered model or the server's reason.</summary>
public sealed partial class ModelUpload : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private double? progress;
    private string fileName = string.Empty;

    /// <summary>Largest zip the server accepts (Models:MaxUploadBytes, 512 MiB by default).</summary>
    [Parameter]
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Raised with the new model once the server registered it.</summary>
    [Parameter]
    public EventCallback<ModelSummary> OnRegistered { get; set; }

    [Inject]
    private IModelsApi ModelsApi { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    private async Task ChosenAsync(InputFileChangeEventArgs args)
    {
        var file = args.File;
        if (file.Size > MaxBytes)
        {
            Snackbar.Add($"“{file.Name}” is {Format.Bytes(file.Size)}; the server takes model zips up to {Format.Bytes(MaxBytes)}.", Severity.Error);
            return;
        }

        fileName = file.Name;
        progress = 0;
        var report = new Progress<double>(f => _ = InvokeAsync(() =>
        {
            progress = f;
            StateHasChanged();
        }));
        try
        {
            await using var stream = file.OpenReadStream(MaxBytes, lifetime.Token);
            var model = await ModelsApi.RegisterAsync(stream, file.Size, file.Name, report, lifetime.Token);
            Snackbar.Add($"Registered {model.Name} {model.Version}. Use “Make default” to analyse new clips with it.", Severity.Success);
            await OnRegistered.InvokeAsync(model);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"“{file.Name}” was not registered: {ex.Message} Fix the zip and upload it again.", Severity.Error);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            progress = null;
        }
    }
}
