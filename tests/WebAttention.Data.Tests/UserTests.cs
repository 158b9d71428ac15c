using Microsoft.EntityFrameworkCore;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>Identity accounts as stored by AppDbContext.</summary>
public sealed class UserTests
{
    [Fact]
    public async Task An_account_round_trips_its_creation_time()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var created = new DateTime(2026, 2, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(89);
        var user = NewUser("ada@example.com");
        user.CreatedAt = created;
        await using (var context = database.CreateContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.Users.SingleAsync();

        Assert.Equal((user.Id, "ADA@EXAMPLE.COM"), (read.Id, read.NormalizedEmail));
        Assert.Equal(created.Ticks, read.CreatedAt.Ticks);
    }

    [Fact]
    public async Task Two_accounts_with_the_same_normalized_user_name_are_refused()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.Users.AddRange(NewUser("ada@example.com"), NewUser("ADA@example.com"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.Contains("AspNetUsers.NormalizedUserName", error.InnerException?.Message, StringComparison.Ordinal);
    }

    private static AppUser NewUser(string email) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
    };
}
