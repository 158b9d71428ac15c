using WebAttention.Server.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContentRoot.Resolve(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
builder.AddWebAttention();

var app = builder.Build();
app.UseWebAttention();
app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
