using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Configurations;

internal sealed class ClipConfiguration : IEntityTypeConfiguration<Clip>
{
    public void Configure(EntityTypeBuilder<Clip> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.OwnerId).HasMaxLength(64);
        builder.Property(c => c.Title).HasMaxLength(256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.Codec).HasMaxLength(32);
        builder.Property(c => c.Error).HasMaxLength(Clip.MaxErrorLength);
        builder.HasIndex(c => new { c.OwnerId, c.CreatedAt });
    }
}
