using Microsoft.AspNetCore.Builder;
using WebAttention.Server.Extensions;

// A worker node: claims jobs from the shared database, pulls clip media from the shared store, runs the same
// handlers as the embedded server and pushes progress to browsers through the SignalR backplane (Redis).
// It answers /alive, /health and /metrics only.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddWebAttentionWorker();

var app = builder.Build();
app.UseWebAttentionWorker();
app.Run();
