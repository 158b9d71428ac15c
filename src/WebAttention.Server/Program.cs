using WebAttention.Server.Extensions;
using WebAttention.Server.Review;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContentRoot.Resolve(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
builder.AddWebAttention();
builder.AddReview();

var app = builder.Build();
app.UseWebAttention();
app.MapReview();
app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
