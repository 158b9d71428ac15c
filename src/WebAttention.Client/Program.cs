using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;
using WebAttention.Client.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddMudServices();
builder.Services.AddWebAttentionClient(new Uri(builder.HostEnvironment.BaseAddress), builder.Configuration);
await builder.Build().RunAsync();
